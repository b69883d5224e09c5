// Byte classes the hand-written scanners share. Each is one subtraction and comparison, inlined, so the
// scanners read bytes without building characters.

@inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
@inline(__always) func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
@inline(__always) func isASCIIUppercase(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
