/// The texts every benchmark runs on, built once.
enum Corpus {
    /// 160 ASCII characters: exactly one GSM-7 part.
    static let ascii160 = String(
        String(repeating: "Your code is 4821. It expires in 10 minutes. Reply STOP to opt out. ", count: 3).prefix(160))

    /// About 1 KB of GSM-7 text mixing Latin letters, accents, Greek capitals and extension characters.
    static let mixedGSM1K: String = {
        let sentence = "Grüße aus Köln! Price: 20€ {incl. VAT} [ref ~42] ΔΦΓ élan, Ñandù & Ørsted | "
        var text = ""
        while text.utf8.count < 1024 { text += sentence }
        return text
    }()

    /// About 1 KB of emoji text: surrogate pairs, ZWJ sequences, flags and skin tones.
    static let emoji1K: String = {
        let sentence = "Party 🎉 tonight 👨‍👩‍👧‍👦 at 8 🇫🇷🇩🇪 bring 🍕🍺 👍🏽 "
        var text = ""
        while text.utf8.count < 1024 { text += sentence }
        return text
    }()

    static let all: [(name: String, text: String)] = [
        ("ascii-160", ascii160), ("gsm-mixed-1k", mixedGSM1K), ("emoji-1k", emoji1K),
    ]
}
