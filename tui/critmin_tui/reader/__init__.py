"""The Textual reader. Everything document-shaped it shows comes from critmin_tui.corpus."""
