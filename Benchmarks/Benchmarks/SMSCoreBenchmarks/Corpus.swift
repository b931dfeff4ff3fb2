import SMSCore

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

    /// Repeats a sentence until the text holds at least 1 KB of UTF-8.
    static func kilobyte(of sentence: String) -> String {
        var text = ""
        while text.utf8.count < 1024 { text += sentence }
        return text
    }

    /// About 1 KB of Turkish (ş, ğ, ı, İ, ç): GSM-7 only with the Turkish locking-shift table.
    static let turkish1K = kilobyte(of: "Sayın müşterimiz, 4821 numaralı siparişiniz yola çıktı. Kargonuz yarın öğleden önce teslim edilecektir. İyi günler dileriz, teşekkür ederiz! ")

    /// About 1 KB of Portuguese (ã, ç, ê, á, ú): GSM-7 only with the Portuguese tables.
    static let portuguese1K = kilobyte(of: "Olá! A sua encomenda nº 4821 já está a caminho. Atenção: a entrega será amanhã, entre as 9h e as 12h. Obrigado pela preferência, João. ")

    /// About 1 KB of Spanish (á, í, ó, ú beside the default alphabet's é, ñ, ¿, ¡): GSM-7 with
    /// the Spanish single-shift table.
    static let spanish1K = kilobyte(of: "¿Dónde está mi pedido? Según el seguimiento, llegará el miércoles por la mañana. ¡Gracias por su compra, José! Atención al cliente. ")

    /// About 1 KB of Hindi (Devanagari, the danda from the Hindi single-shift table).
    static let hindi1K = kilobyte(of: "नमस्ते! आपका ऑर्डर 4821 भेज दिया गया है। कल सुबह 9 बजे तक डिलीवरी होगी। धन्यवाद। ")

    /// The texts for counting with national language tables enabled (TS 23.038 annex A): a name,
    /// the text, and the options' tables: `languages` (both tables of each), or separate
    /// locking-shift and single-shift lists.
    static let national: [(name: String, text: String, locking: [NationalLanguage], single: [NationalLanguage])] = [
        ("ascii-160-all-13", ascii160, NationalLanguage.allCases.filter(\.hasLockingShiftTable), NationalLanguage.allCases),
        ("turkish-1k-tr", turkish1K, [.turkish], [.turkish]),
        ("turkish-1k-tr-locking-only", turkish1K, [.turkish], []),
        ("portuguese-1k-pt", portuguese1K, [.portuguese], [.portuguese]),
        ("spanish-1k-es-single-only", spanish1K, [], [.spanish]),
        ("hindi-1k-all-13", hindi1K, NationalLanguage.allCases.filter(\.hasLockingShiftTable), NationalLanguage.allCases),
        ("hindi-1k-hi-single-only", hindi1K, [], [.hindi]),
        ("emoji-1k-all-13", emoji1K, NationalLanguage.allCases.filter(\.hasLockingShiftTable), NationalLanguage.allCases),
    ]
}
