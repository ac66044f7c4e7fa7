using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace PledgeBot.Secrets;

/// <summary>How a key is written in configuration: base64 of at least <see cref="MinimumBytes"/> bytes, or any text of
/// at least that many characters.</summary>
public static class KeyText
{
    public const int MinimumBytes = 32;

    // Base64 that decodes to enough bytes is used decoded; otherwise long enough text is used as its UTF-8 bytes.
    public static bool TryDecode(string? text, [NotNullWhen(true)] out byte[]? key)
    {
        key = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        var buffer = new byte[text.Length];
        if (Convert.TryFromBase64String(text, buffer, out var written) && written >= MinimumBytes)
        {
            key = buffer[..written];
        }
        else if (text.Length >= MinimumBytes)
        {
            key = Encoding.UTF8.GetBytes(text);
        }

        return key is not null;
    }

    /// <summary>Strict base64 of at least <see cref="MinimumBytes"/> bytes, as the store keeps a generated key.</summary>
    public static bool TryDecodeStored(string? text, [NotNullWhen(true)] out byte[]? key)
    {
        key = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var buffer = new byte[text.Length];
        if (Convert.TryFromBase64String(text.Trim(), buffer, out var written) && written >= MinimumBytes)
        {
            key = buffer[..written];
        }

        return key is not null;
    }
}
