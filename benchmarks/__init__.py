"""`make bench`: a large synthetic journal and the figures issue 4 sets targets for."""
