"""The Qt user interface: thin widgets that ask the store and the domain, holding no rules."""
