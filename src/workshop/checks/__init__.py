"""Checks that run on every build and with `workshop check`: accessibility, overflow,
timing, care and the package itself. Each returns diagnostics with a code and a place."""
