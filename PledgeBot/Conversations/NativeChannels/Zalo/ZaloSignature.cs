using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PledgeBot.Conversations.NativeChannels.Zalo;

/// <summary>The Zalo OA webhook signature: <c>X-ZEvent-Signature: mac=&lt;hex&gt;</c>, the lowercase hex SHA-256 (a plain
/// hash, not an HMAC) of app_id + raw body + timestamp + OA secret key. The app id hashed is ours: an event for another
/// app cannot match. The timestamp is read from the raw body, exactly as written there (string or number).</summary>
public static class ZaloSignature
{
    public const string Header = "X-ZEvent-Signature";

    private const string Prefix = "mac=";

    // long.MaxValue has 19 digits; more than that names no time at all.
    private const int MaxTimestampDigits = 19;

    public static bool IsValid(ReadOnlySpan<byte> body, string? header, string appId, string secretKey)
    {
        if (string.IsNullOrWhiteSpace(header) || Timestamp(body) is not { } timestamp)
        {
            return false;
        }

        var hex = header.Trim();
        if (hex.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            hex = hex[Prefix.Length..];
        }

        if (hex.Length != SHA256.HashSizeInBytes * 2)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(body, appId, timestamp, secretKey));
        var given = Encoding.ASCII.GetBytes(hex.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>The hex MAC Zalo sends for <paramref name="body"/>.</summary>
    public static string Compute(ReadOnlySpan<byte> body, string appId, string timestamp, string secretKey)
    {
        ArgumentNullException.ThrowIfNull(appId);
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(secretKey);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(appId));
        hash.AppendData(body);
        hash.AppendData(Encoding.UTF8.GetBytes(timestamp));
        hash.AppendData(Encoding.UTF8.GetBytes(secretKey));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The top-level <c>timestamp</c> as written in the body (string or number); null when the body has none
    /// up to where it stops being JSON, or when it is not plain digits (then nothing can be verified). Read from the raw
    /// bytes only, never decoded: this runs before the signature is checked, on whatever anyone sent.</summary>
    public static string? Timestamp(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 16 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isTimestamp = reader.ValueTextEquals("timestamp"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isTimestamp)
                {
                    return reader.TokenType is JsonTokenType.String or JsonTokenType.Number ? Digits(ref reader) : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    // Zalo's timestamps are epoch milliseconds: a run of ASCII digits, never escaped.
    private static string? Digits(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan;
        return !reader.ValueIsEscaped && raw.Length is > 0 and <= MaxTimestampDigits && !raw.ContainsAnyExceptInRange((byte)'0', (byte)'9')
            ? Encoding.ASCII.GetString(raw)
            : null;
    }
}
