"""Before and between the returns: the letters and templates sent to agencies (start), the
review clock, and who still owes what (status)."""
