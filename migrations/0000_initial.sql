CREATE TABLE `cni_facts` (
	`topic` text NOT NULL,
	`key` text NOT NULL,
	`position` integer NOT NULL,
	`value` text NOT NULL,
	`source` text NOT NULL,
	`note` text,
	PRIMARY KEY(`topic`, `key`)
);
--> statement-breakpoint
CREATE TABLE `cni_settings` (
	`name` text PRIMARY KEY NOT NULL,
	`position` integer NOT NULL,
	`type` text NOT NULL,
	`readme_type` text,
	`readme_default` text,
	`code_default` text,
	`manifest_value` text,
	`introduced_in` text,
	`deprecated_in` text,
	`valid_values` text,
	`containers` text NOT NULL,
	`component` text NOT NULL,
	`applies_to` text NOT NULL,
	`conflicts_with` text NOT NULL,
	`summary` text NOT NULL,
	`notes` text,
	`documented_in_readme` integer NOT NULL,
	`source` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `conflicts` (
	`id` text PRIMARY KEY NOT NULL,
	`position` integer NOT NULL,
	`use_cases` text NOT NULL,
	`node_types` text NOT NULL,
	`reason` text NOT NULL,
	`sources` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `instance_types` (
	`name` text PRIMARY KEY NOT NULL,
	`vcpus` integer,
	`hypervisor` text NOT NULL,
	`is_bare_metal` integer NOT NULL,
	`network_cards` integer NOT NULL,
	`default_network_card_index` integer NOT NULL,
	`max_enis_default_card` integer NOT NULL,
	`max_enis_per_card` text NOT NULL,
	`ipv4_per_eni` integer NOT NULL,
	`trunking_compatible` integer,
	`branch_interfaces` integer
);
--> statement-breakpoint
CREATE TABLE `matrix_cells` (
	`row_id` text NOT NULL,
	`mode` text NOT NULL,
	`text` text NOT NULL,
	`value` text,
	`support` text,
	`detail` text NOT NULL,
	`min_cni_version` text,
	`requirements` text NOT NULL,
	`line` integer NOT NULL,
	PRIMARY KEY(`row_id`, `mode`),
	FOREIGN KEY (`row_id`) REFERENCES `matrix_rows`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`mode`) REFERENCES `matrix_columns`(`mode`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `matrix_columns` (
	`mode` text PRIMARY KEY NOT NULL,
	`position` integer NOT NULL,
	`node_type_header` text NOT NULL,
	`header` text NOT NULL,
	`line` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `matrix_rows` (
	`id` text PRIMARY KEY NOT NULL,
	`position` integer NOT NULL,
	`section` text NOT NULL,
	`label` text NOT NULL,
	`line` integer NOT NULL,
	`use_case` text,
	`capability` text,
	`setting` text
);
--> statement-breakpoint
CREATE TABLE `metadata` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `mode_capabilities` (
	`node_type` text NOT NULL,
	`mode` text NOT NULL,
	`capability` text NOT NULL,
	`value` text NOT NULL,
	`detail` text NOT NULL,
	`sources` text NOT NULL,
	PRIMARY KEY(`node_type`, `mode`, `capability`)
);
--> statement-breakpoint
CREATE TABLE `mode_requirements` (
	`position` integer PRIMARY KEY NOT NULL,
	`node_type` text NOT NULL,
	`mode` text NOT NULL,
	`setting` text,
	`value` text,
	`min_cni_version` text,
	`text` text NOT NULL,
	`source` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `node_types` (
	`node_type` text PRIMARY KEY NOT NULL,
	`position` integer NOT NULL,
	`label` text NOT NULL,
	`modes` text NOT NULL,
	`described_by_matrix` integer NOT NULL,
	`sources` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `source_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`location` text NOT NULL,
	`revision` text,
	`url` text
);
--> statement-breakpoint
CREATE TABLE `statements` (
	`id` text PRIMARY KEY NOT NULL,
	`position` integer NOT NULL,
	`section` text NOT NULL,
	`line` integer NOT NULL,
	`text` text NOT NULL,
	`node_types` text NOT NULL,
	`use_cases` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `use_case_claims` (
	`position` integer PRIMARY KEY NOT NULL,
	`use_case` text NOT NULL,
	`node_type` text NOT NULL,
	`modes` text,
	`support` text NOT NULL,
	`detail` text NOT NULL,
	`min_cni_version` text,
	`requirements` text NOT NULL,
	`source` text NOT NULL
);
