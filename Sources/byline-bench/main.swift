print("byline-bench: not yet")
