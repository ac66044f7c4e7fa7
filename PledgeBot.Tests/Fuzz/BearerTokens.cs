using CsCheck;

namespace PledgeBot.Tests.Fuzz;

/// <summary>Bearer credentials of every shape a caller can type: not base64url, bad padding, impossible part lengths,
/// extra dots, text, two headers joined, and a valid token with a character changed, cut or added.</summary>
internal static class BearerTokens
{
    /// <summary>The shapes that once answered 500 (issue 16, cause 1), and their neighbours.</summary>
    public static readonly string[] Corpus =
    [
        "garbage.not-a-token.x", "!!!!.$$$$", "YWJj=.YWJj", "YWJj.YWJj=", "YQ.YQ===", "YQ==.YQ==", "=.=", "YWJjZ.YWJj",
        "YWJj.YWJjZ", "Y.Y", "a.b.c", "YWJj.YWJj.YWJj", "..", ".", "YWJj.", ".YWJj", "tiếng-việt.mã", "YW Jj.YW Jj",
        "Bearer a.b, Bearer c.d", "YWJj+/.YWJj+/", "%59%57.%59%57", new string('A', 2000) + "." + new string('A', 43),
        "\u00ff\u00fe.\u00fd", "🙂.🙂",
    ];

    private static readonly Gen<char> s_tokenChar = Gen.OneOf(
        Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"],
        Gen.Char[".=+/ !$%,\\\"~"],
        Gen.Char['\u00a0', '\u024f']);

    /// <summary>Tokens made from nothing, and from <paramref name="valid"/> with one change.</summary>
    public static Gen<string> Generated(string valid) => Gen.Frequency(
        (2, Gen.OneOf(Corpus)),
        (3, s_tokenChar.Array[0, 80].Select(chars => new string(chars))),
        (3, Gen.Select(Gen.Int[0, valid.Length - 1], s_tokenChar, Gen.Int[0, 2], (at, c, how) => how switch
        {
            0 => string.Concat(valid.AsSpan(0, at), c.ToString(), valid.AsSpan(at + 1)),
            1 => valid.Insert(at, c.ToString()),
            _ => valid.Remove(at, 1),
        })),
        (1, Gen.Int[0, valid.Length - 1].Select(cut => valid[..cut])),
        (1, Gen.OneOf(valid + "=", valid + ".", valid.Replace('.', '='), valid + ", Bearer " + valid)));
}
