/// Walks two ascending arrays together, calling `body` with each element both hold.
@inline(__always)
func forEachCommonElement<Element: Comparable>(_ left: [Element], _ right: [Element], _ body: (Element) -> Void) {
  var (i, j) = (0, 0)
  while i < left.count, j < right.count {
    if left[i] < right[j] {
      i += 1
    } else if left[i] > right[j] {
      j += 1
    } else {
      body(left[i])
      i += 1
      j += 1
    }
  }
}
