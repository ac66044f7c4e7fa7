using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Flows.TalkToSomeone.Counsel;
using PledgeBot.Secrets;

namespace PledgeBot.Counsel;

/// <summary>AES-256-GCM for what a chat keeps in the store (its messages and how to reach the user): a fresh 12-byte
/// nonce per value, the 16-byte tag, and the chat id as associated data, so a value moved to another chat does not
/// decrypt. The key is Counsel:TranscriptKey, or one generated once in the store and shared by every instance.</summary>
public sealed class TranscriptCipher
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private readonly byte[] _key;

    public TranscriptCipher(IOptions<CounselOptions> options, GeneratedKeys keys)
    {
        // AES-256 takes exactly 32 bytes; a longer configured key is narrowed through SHA-256.
        var material = keys.Resolve(GeneratedKey.CounselTranscript, options, counsel => counsel.TranscriptKey);
        _key = material.Length == 32 ? material : SHA256.HashData(material);
    }

    public string Encrypt(ReadOnlySpan<byte> plain, string chatId)
    {
        var sealedBytes = new byte[NonceBytes + TagBytes + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), Encoding.UTF8.GetBytes(chatId));
        return Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The plain bytes, or null for a value that is damaged, of another chat, or under another key.</summary>
    public byte[]? Decrypt(string? stored, string chatId)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return null;
        }

        var buffer = new byte[stored.Length];
        if (!Convert.TryFromBase64String(stored, buffer, out var written) || written < NonceBytes + TagBytes)
        {
            return null;
        }

        var sealedBytes = buffer.AsSpan(0, written);
        var plain = new byte[written - NonceBytes - TagBytes];
        try
        {
            using var aes = new AesGcm(_key, TagBytes);
            aes.Decrypt(sealedBytes[..NonceBytes], sealedBytes[(NonceBytes + TagBytes)..], sealedBytes.Slice(NonceBytes, TagBytes), plain, Encoding.UTF8.GetBytes(chatId));
            return plain;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }
}
