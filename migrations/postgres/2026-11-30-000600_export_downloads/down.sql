DROP TABLE export_downloads;
