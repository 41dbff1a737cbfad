"""The edition diff, shaped like csv-diff: load (folders → records), compare (pure: records in,
change records out), render (CSV, Markdown, HTML), and the `diff` command that ties them."""
