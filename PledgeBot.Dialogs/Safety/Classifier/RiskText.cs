using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Safety.Classifier;

/// <summary>The two forms of a message the classifier reads: the folded form (no diacritics, teen-speak expanded,
/// stretched letters squeezed, telling emoji named) and the original (lower-case, diacritics and emoji kept). The
/// expansions are fixed here rather than read from the editable content: the shipped model was trained on exactly
/// these forms, and a staff edit must not shift what it sees.</summary>
public static class RiskText
{
    private static readonly FrozenDictionary<string, string> s_teenSpeak = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["k"] = "khong", ["ko"] = "khong", ["kh"] = "khong", ["kg"] = "khong", ["khg"] = "khong", ["hok"] = "khong",
        ["hk"] = "khong", ["hong"] = "khong", ["hem"] = "khong", ["hum"] = "khong", ["kp"] = "khong phai",
        ["mk"] = "minh", ["mik"] = "minh", ["mjk"] = "minh", ["mn"] = "moi nguoi", ["mng"] = "moi nguoi",
        ["e"] = "em", ["a"] = "anh", ["c"] = "chi", ["b"] = "ban", ["bn"] = "ban", ["t"] = "tao", ["m"] = "may",
        ["j"] = "gi", ["dc"] = "duoc", ["dk"] = "duoc", ["r"] = "roi", ["oy"] = "roi", ["ny"] = "nguoi yeu",
        ["bme"] = "bo me", ["bm"] = "bo me", ["z"] = "vay", ["v"] = "vay", ["vs"] = "voi", ["cx"] = "cung",
        ["ng"] = "nguoi", ["ntn"] = "nhu the nao", ["bit"] = "biet", ["iu"] = "yeu", ["ck"] = "chong", ["vk"] = "vo",
        ["ik"] = "di", ["mun"] = "muon", ["ns"] = "noi", ["sg"] = "song", ["nx"] = "nua", ["dag"] = "dang",
        ["ms"] = "moi", ["trc"] = "truoc", ["h"] = "gio", ["bh"] = "bay gio", ["lm"] = "lam", ["ntin"] = "nhan tin",
        ["ib"] = "nhan tin", ["ae"] = "anh em", ["ad"] = "admin", ["sr"] = "xin loi", ["cj"] = "chi", ["ce"] = "chi em",
        ["u"] = "you", ["ur"] = "your", ["im"] = "i am", ["idk"] = "i dont know", ["pls"] = "please", ["plz"] = "please",
        ["ppl"] = "people", ["bc"] = "because", ["cuz"] = "because", ["tbh"] = "to be honest", ["rn"] = "right now",
        ["kms"] = "kill myself", ["kys"] = "kill yourself", ["unalive"] = "kill", ["sewerslide"] = "suicide",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Emoji that carry meaning for safety become words the model can weigh.</summary>
    private static readonly FrozenDictionary<string, string> s_emoji = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["😭"] = "emocry", ["😢"] = "emocry", ["😿"] = "emocry", ["🥺"] = "emocry", ["😞"] = "emosad", ["😔"] = "emosad",
        ["💔"] = "emosad", ["😣"] = "emosad", ["😖"] = "emosad", ["😩"] = "emosad", ["😰"] = "emofear", ["😨"] = "emofear",
        ["😱"] = "emofear", ["🆘"] = "sos", ["🔪"] = "emoweapon", ["🗡"] = "emoweapon", ["🔫"] = "emoweapon", ["💊"] = "emopill",
        ["🩸"] = "emoblood", ["🪢"] = "emorope", ["⚰"] = "emodeath", ["💀"] = "emoskull", ["😂"] = "emolaugh", ["🤣"] = "emolaugh",
        ["😆"] = "emolaugh", ["😅"] = "emolaugh", ["😝"] = "emolaugh", ["🤪"] = "emolaugh",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>No diacritics, teen-speak expanded, letters stretched three times or more squeezed to one.</summary>
    public static string Folded(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var withEmoji = NameEmoji(text);
        var words = MessageWords.Squeeze(TextFolding.Fold(withEmoji.Replace('\'', ' ').Replace('’', ' ')))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var builder = new StringBuilder(withEmoji.Length + 16);
        foreach (var word in words)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(s_teenSpeak.TryGetValue(word, out var expansion) ? expansion : Number(word));
        }

        return builder.ToString();
    }

    /// <summary>Lower-case and single-spaced, with diacritics, punctuation and emoji kept.</summary>
    public static string Original(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in TextFolding.WellFormed(text).Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    // A phone number, an amount or a code says nothing by its digits: they become one token, but for the hotline and
    // emergency numbers the campaign talks about.
    private static string Number(string word) =>
        word.Length > 0 && word.All(char.IsAsciiDigit) && word is not ("111" or "113" or "114" or "115") ? "num" : word;

    private static string NameEmoji(string text)
    {
        StringBuilder? builder = null;
        var elements = StringInfo.GetTextElementEnumerator(text);
        var last = 0;
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (element.Length == 1 && !char.IsSurrogate(element[0]) && element[0] < 0x2000)
            {
                continue;
            }

            var key = element.TrimEnd('\uFE0F', '\u200D');
            if (!s_emoji.TryGetValue(key, out var word) && !s_emoji.TryGetValue(key[..Math.Min(2, key.Length)], out word))
            {
                continue;
            }

            builder ??= new StringBuilder(text.Length + 32);
            builder.Append(text, last, elements.ElementIndex - last).Append(' ').Append(word).Append(' ');
            last = elements.ElementIndex + element.Length;
        }

        return builder is null ? text : builder.Append(text, last, text.Length - last).ToString();
    }
}
