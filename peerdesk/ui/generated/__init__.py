"""Generated from forms/*.ui by compile_forms; do not edit."""
