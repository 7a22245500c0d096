CREATE TABLE `cited_statements` (
	`id` text PRIMARY KEY NOT NULL,
	`position` integer NOT NULL,
	`document` text NOT NULL,
	`path` text,
	`line` integer,
	`quote` text NOT NULL,
	FOREIGN KEY (`document`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `disagreements` (
	`id` text PRIMARY KEY NOT NULL,
	`position` integer NOT NULL,
	`use_case` text NOT NULL,
	`node_type` text NOT NULL,
	`modes` text,
	`conflict` text,
	`question` text NOT NULL,
	`sides` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `conflicts` ADD `superseded_by` text;--> statement-breakpoint
ALTER TABLE `use_case_claims` ADD `superseded_by` text;