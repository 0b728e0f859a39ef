"""The rules of Rapport in pure Python: no Qt, no database.

Everything here can be imported by the store, the UI and the command line alike.
"""
