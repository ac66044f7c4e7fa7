using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace PledgeBot.Http;

/// <summary>Reads JSON a request brought, refusing at read what would otherwise fail later: strings that are not valid
/// UTF-8, escapes that are not valid UTF-16 (<c>"\ud800"</c> parses into a <see cref="JsonElement"/>, then throws when
/// the element is written to the store or read as a string), and values a converter throws on (a date past
/// <see cref="DateTime.MaxValue"/>). Every refusal is a <see cref="JsonException"/>, the one exception callers catch.</summary>
internal static class StrictJson
{
    /// <summary>The serializer's own default; deeper than this is not a channel's payload.</summary>
    public const int MaxDepth = 64;

    /// <summary>Throws <see cref="JsonException"/> when <paramref name="json"/> is not well-formed JSON of valid Unicode.</summary>
    public static void Validate(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth });
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && !IsValidText(ref reader))
            {
                throw new JsonException(
                    $"A string at byte {reader.TokenStartIndex} is not valid Unicode (invalid UTF-8 or a lone surrogate).");
            }
        }
    }

    /// <summary>The body as <typeparamref name="T"/> (null for JSON <c>null</c>); throws only <see cref="JsonException"/>.</summary>
    public static T? Deserialize<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> typeInfo)
    {
        Validate(json);
        try
        {
            return JsonSerializer.Deserialize(json, typeInfo);
        }
        catch (Exception exception) when (IsConverterFailure(exception))
        {
            throw new JsonException("A value is out of the range its field takes.", exception);
        }
    }

    /// <summary>The body as <typeparamref name="T"/> through <paramref name="options"/> (a library's own converters);
    /// throws only <see cref="JsonException"/>.</summary>
    public static T? Deserialize<T>(ReadOnlySpan<byte> json, JsonSerializerOptions options)
    {
        Validate(json);
        try
        {
            return JsonSerializer.Deserialize<T>(json, options);
        }
        catch (Exception exception) when (IsConverterFailure(exception))
        {
            throw new JsonException("A value is out of the range its field takes.", exception);
        }
    }

    /// <summary>The body as a document; throws only <see cref="JsonException"/>.</summary>
    public static JsonDocument Parse(ReadOnlyMemory<byte> json)
    {
        Validate(json.Span);
        return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth });
    }

    /// <summary>What a converter throws on a value it cannot represent (a number or a date out of range, a value of
    /// the wrong kind), which the serializer lets through instead of wrapping in a <see cref="JsonException"/>.</summary>
    public static bool IsConverterFailure(Exception exception) =>
        exception is ArgumentException or FormatException or OverflowException or InvalidOperationException or InvalidCastException;

    private static bool IsValidText(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return Utf8.IsValid(reader.ValueSpan);
        }

        // Unescaping is where a lone surrogate or invalid UTF-8 around an escape shows: the reader refuses to transcode it.
        var buffer = reader.ValueSpan.Length <= 256 ? stackalloc char[256] : new char[reader.ValueSpan.Length];
        try
        {
            reader.CopyString(buffer);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
