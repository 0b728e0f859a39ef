"""Edit → Settings: one module per page (load / save / check) and the dialog that holds them."""
