"""The OOXML layer: every piece of raw XML knowledge (namespaces, elements, text bodies,
fitting and measuring, themes, the package as the checks read it, templates read as
untrusted). Writers and checks both stand on it and never import each other."""
