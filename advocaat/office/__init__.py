"""The national office's side: taking in export files, the national picture, feedback."""
