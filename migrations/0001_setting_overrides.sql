CREATE TABLE `setting_overrides` (
	`setting` text PRIMARY KEY NOT NULL,
	`position` integer NOT NULL,
	`when_any` text NOT NULL,
	`reason` text NOT NULL,
	`source` text NOT NULL
);
