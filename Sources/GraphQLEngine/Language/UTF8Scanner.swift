/// Strict UTF-8 decoding of single characters, for the lexer's slow path (§2.1.1, SourceCharacter).
///
/// The lexer handles ASCII byte by byte and calls here only for bytes from 0x80 up, which
/// appear in strings, comments and the byte order mark. Overlong forms, encoded surrogates and
/// code points above U+10FFFF are refused, so every character accepted is a Unicode scalar value.
enum UTF8Scanner {
    /// The character starting at `offset`: its scalar value, its length in bytes and its length
    /// in UTF-16 code units; nil if the bytes there are not well-formed UTF-8.
    @inline(__always)
    static func decode(
        at offset: Int, in bytes: UnsafeBufferPointer<UInt8>
    ) -> (scalar: UInt32, length: Int, utf16Length: Int)? {
        let count = bytes.count
        let lead = bytes[offset]
        if lead < 0x80 { return (UInt32(lead), 1, 1) }
        func continuation(_ index: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> UInt32? {
            guard index < count else { return nil }
            let byte = bytes[index]
            return byte >= low && byte <= high ? UInt32(byte & 0x3F) : nil
        }
        switch lead {
        case 0xC2...0xDF:
            guard let b1 = continuation(offset + 1) else { return nil }
            return (UInt32(lead & 0x1F) << 6 | b1, 2, 1)
        case 0xE0...0xEF:
            let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
            let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
            guard let b1 = continuation(offset + 1, low, high), let b2 = continuation(offset + 2)
            else { return nil }
            return (UInt32(lead & 0x0F) << 12 | b1 << 6 | b2, 3, 1)
        case 0xF0...0xF4:
            let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
            guard let b1 = continuation(offset + 1, low, high), let b2 = continuation(offset + 2),
                let b3 = continuation(offset + 3)
            else { return nil }
            return (UInt32(lead & 0x07) << 18 | b1 << 12 | b2 << 6 | b3, 4, 2)
        default:
            return nil
        }
    }

    /// How many UTF-16 code units the character led by `byte` takes, counted at its first
    /// byte: continuation bytes count 0, four-byte leads count 2, everything else 1.
    @inline(__always)
    static func utf16Width(ofByte byte: UInt8) -> Int {
        if byte & 0xC0 == 0x80 { return 0 }
        return byte >= 0xF0 ? 2 : 1
    }

    /// The text starting at `offset` and spanning `utf16Count` UTF-16 code units (rounded up to
    /// whole characters, cut short at the end of the source), as graphql-js slices its source
    /// for error messages. Bytes that are not UTF-8 count as one unit each.
    static func text(from offset: Int, utf16Count: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var index = offset
        var units = 0
        while index < bytes.count && units < utf16Count {
            if let character = decode(at: index, in: bytes) {
                index += character.length
                units += character.utf16Length
            } else {
                index += 1
                units += 1
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<index]), as: UTF8.self)
    }
}

extension UTF8Scanner {
    /// The offset of the first byte from `offset` on that is `"`, `\`, `\n`, `\r` or not ASCII,
    /// or the end: the bytes a string or comment scan can pass over without looking. It may also
    /// stop early, at other control characters below 0x0E (such as a tab), which callers treat
    /// as ordinary characters.
    ///
    /// Tests eight bytes at a time (the "has a zero byte" bit trick): a set high bit in
    /// `(v - 0x01…01) & ~v & 0x80…80` marks a zero byte of `v`, and the lowest such mark is exact;
    /// with `0x0E…0E` subtracted instead it marks bytes below 0x0E.
    @inline(__always)
    static func skipPlainBytes(from offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = offset
        let count = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let quotes = word ^ 0x2222_2222_2222_2222
                let backslashes = word ^ 0x5C5C_5C5C_5C5C_5C5C
                let marks =
                    ((quotes &- 0x0101_0101_0101_0101) & ~quotes)
                    | ((backslashes &- 0x0101_0101_0101_0101) & ~backslashes)
                    | ((word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word) | word
                let found = marks & 0x8080_8080_8080_8080
                if found != 0 {
                    return index + found.trailingZeroBitCount / 8
                }
                index += 8
            }
        }
        while index < count {
            let byte = bytes[index]
            if byte == 0x22 || byte == 0x5C || byte == 0x0A || byte == 0x0D || byte >= 0x80 { break }
            index += 1
        }
        return index
    }

}
