using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace PledgeBot.Tests.Fuzz;

/// <summary>Generated malformed bodies: a valid template with one to three of its values replaced by raw JSON of a kind
/// the field does not take (wrong types, nulls, numbers past every range, strings that are not Unicode, deep nesting),
/// removed, or joined by an unknown field; sometimes the whole body is broken instead (cut short, a byte flipped).</summary>
internal static class JsonMutations
{
    private const string Marker = "@@fuzz";

    /// <summary>Raw JSON text (not always valid JSON, not always UTF-8) to put where a value was.</summary>
    public static readonly Gen<byte[]> Token = Gen.Frequency(
        (6, Gen.OneOf(
        [
            Utf8("null"), Utf8("true"), Utf8("false"), Utf8("0"), Utf8("-1"), Utf8("1.5"), Utf8("\"\""), Utf8("\"text\""),
            Utf8("[]"), Utf8("{}"), Utf8("[1,\"a\",null,{}]"), Utf8("{\"a\":{\"b\":[null]}}"),
            Utf8("9007199254740993"), Utf8("-9007199254740993"), Utf8("9223372036854775808"), Utf8("18446744073709551616"),
            Utf8("1e400"), Utf8("-1e400"), Utf8("253402300800000"), Utf8("253402300800"), Utf8("99999999999999999999999999"),
            Utf8("\"9999-12-31T23:59:59Z\""), Utf8("\"0001-01-01\""), Utf8("\"2034-02-30\""),
            Utf8("\"\\ud800\""), Utf8("\"\\udfff\""), Utf8("\"a\\ud800b\""), Utf8("\"\\ud800\\ud800\""), Utf8("\"\\udc00\\ud800\""),
            Utf8("\"\\u0000\""), Utf8("\"\\\\\\\"\""),
            Raw("\"", [0xFF], "\""), Raw("\"a", [0xC3, 0x28], "b\""), Raw("\"", [0xED, 0xA0, 0x80], "\""),
            Raw("\"", [0xF8, 0x88, 0x80, 0x80, 0x80], "\""), Raw("\"", [0xC0, 0xAF], "\""), Raw("\"", [0xE2, 0x82], "\""),
            Utf8(new string('[', 200) + new string(']', 200)),
            Utf8(string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100)),
            Utf8(JsonSerializer.Serialize(new string('x', 20_000))),
            Utf8("\"tiếng Việt 🙂\""),
        ])),
        (2, Gen.String[0, 24].Select(text => Utf8(JsonSerializer.Serialize(text)))),
        (1, Gen.Long.Select(number => Utf8(number.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
        (1, Gen.Double.Select(number => Utf8(double.IsFinite(number) ? number.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "NaN"))));

    /// <summary>Bodies made from <paramref name="template"/>: mostly value mutations, sometimes a broken body.</summary>
    public static Gen<byte[]> Of(JsonNode template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var paths = Paths(template, []).ToArray();
        var valid = Encoding.UTF8.GetBytes(template.ToJsonString());
        var change = Gen.Select(Gen.Int[0, paths.Length - 1], Gen.Int[0, 9], Token, (path, kind, token) => new Change(paths[path], kind, token));
        var mutated = change.Array[1, 3].Select(changes => Apply(template, changes));
        var broken = Gen.Frequency(
            (3, Gen.Int[0, valid.Length - 1].Select(cut => valid[..cut])),
            (2, Gen.Select(Gen.Int[0, valid.Length - 1], Gen.Byte, (at, value) => Flip(valid, at, value))),
            (1, Token));
        return Gen.Frequency((5, mutated), (1, broken));
    }

    /// <summary>The template's UTF-8 bytes, with the value at <paramref name="path"/> (dotted) replaced by <paramref name="raw"/>.</summary>
    public static byte[] With(JsonNode template, string path, string raw)
    {
        ArgumentNullException.ThrowIfNull(template);
        var segments = path.Split('.').Select(part => int.TryParse(part, out var index) ? (object)index : part).ToArray();
        return Apply(template, [new Change(segments, 0, Encoding.UTF8.GetBytes(raw))]);
    }

    /// <summary>The template's UTF-8 bytes, with <paramref name="path"/> removed.</summary>
    public static byte[] Without(JsonNode template, string path)
    {
        ArgumentNullException.ThrowIfNull(template);
        var segments = path.Split('.').Select(part => int.TryParse(part, out var index) ? (object)index : part).ToArray();
        return Apply(template, [new Change(segments, 8, [])]);
    }

    /// <summary>Readable text of a body for a failure message: invalid bytes as \xNN.</summary>
    public static string Print(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = new StringBuilder();
        foreach (var rune in Encoding.UTF8.GetString(body).EnumerateRunes())
        {
            text.Append(rune == Rune.ReplacementChar ? "\\x??" : rune.ToString());
        }

        return text.Length > 600 ? text.ToString(0, 600) + "…" : text.ToString();
    }

    private static byte[] Apply(JsonNode template, Change[] changes)
    {
        var root = template.DeepClone();
        var tokens = new List<byte[]>();
        foreach (var change in changes)
        {
            if (!TryFind(root, change.Path, out var parent, out var last))
            {
                continue;
            }

            var marker = JsonValue.Create($"{Marker}{tokens.Count}@@");
            switch (change.Kind)
            {
                case 8 when parent is JsonObject removeFrom:
                    removeFrom.Remove((string)last);
                    break;
                case 8 when parent is JsonArray removeAt && (int)last < removeAt.Count:
                    removeAt.RemoveAt((int)last);
                    break;
                case 9 when parent is JsonObject addTo:
                    addTo[$"unknown{tokens.Count}"] = marker;
                    tokens.Add(change.Token);
                    break;
                case 9 when parent is JsonArray appendTo:
                    appendTo.Add(marker);
                    tokens.Add(change.Token);
                    break;
                case < 8 when parent is JsonObject setIn:
                    setIn[(string)last] = marker;
                    tokens.Add(change.Token);
                    break;
                case < 8 when parent is JsonArray setAt && (int)last < setAt.Count:
                    setAt[(int)last] = marker;
                    tokens.Add(change.Token);
                    break;
                default:
                    break;
            }
        }

        var body = Encoding.UTF8.GetBytes(root.ToJsonString());
        for (var i = 0; i < tokens.Count; i++)
        {
            body = Replace(body, Encoding.UTF8.GetBytes($"\"{Marker}{i}@@\""), tokens[i]);
        }

        return body;
    }

    private static bool TryFind(JsonNode root, object[] path, out JsonNode? parent, out object last)
    {
        parent = root;
        last = path.Length == 0 ? string.Empty : path[^1];
        for (var i = 0; i < path.Length - 1; i++)
        {
            parent = (parent, path[i]) switch
            {
                (JsonObject map, string name) => map[name],
                (JsonArray list, int index) when index < list.Count => list[index],
                _ => null,
            };
            if (parent is null)
            {
                return false;
            }
        }

        return path.Length > 0;
    }

    private static IEnumerable<object[]> Paths(JsonNode node, object[] prefix)
    {
        switch (node)
        {
            case JsonObject map:
                foreach (var (name, child) in map)
                {
                    object[] path = [.. prefix, name];
                    yield return path;
                    if (child is not null)
                    {
                        foreach (var inner in Paths(child, path))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    object[] path = [.. prefix, i];
                    yield return path;
                    if (list[i] is { } child)
                    {
                        foreach (var inner in Paths(child, path))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            default:
                break;
        }
    }

    private static byte[] Replace(byte[] body, byte[] find, byte[] with)
    {
        var at = body.AsSpan().IndexOf(find);
        return at < 0 ? body : [.. body.AsSpan(0, at), .. with, .. body.AsSpan(at + find.Length)];
    }

    private static byte[] Flip(byte[] body, int at, byte value)
    {
        var copy = (byte[])body.Clone();
        copy[at] = value;
        return copy;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Raw(string before, byte[] bytes, string after) => [.. Utf8(before), .. bytes, .. Utf8(after)];

    /// <summary>Kind 0–7 replaces the value, 8 removes it, 9 adds an unknown field beside it.</summary>
    private sealed record Change(object[] Path, int Kind, byte[] Token);
}
