"""One dialogue turn wired end to end, and checkpoint I/O."""
