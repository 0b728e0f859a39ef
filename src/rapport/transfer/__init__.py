"""Reading and writing the files a journal is imported from and exported to.

Pure Python, like `domain/`: no Qt and no database. Parsing turns a file into
candidate customers (or a whole-journal snapshot) plus the rows it could not use,
each with its place in the file and a reason; formatting turns a snapshot read by
the store into JSON, CSV or vCard text. Writing to the journal is the store's job
(`rapport.store.transfer`), so the command line and the UI share one path.
"""
