"""Charts and the printable timeline, built without a window.

Importing this package is cheap: matplotlib is only loaded by the chart modules, and
the printed timeline (`rapport.reports.timeline_report`) only when something prints.
"""
