"""Dialogs: quick capture of an entry, a customer's details, a stage move."""
