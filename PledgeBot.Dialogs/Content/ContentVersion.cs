using System.Security.Cryptography;
using System.Text.Json;
using PledgeBot.Dialogs.Activities;

namespace PledgeBot.Dialogs.Content;

/// <summary>The fingerprint behind <see cref="ContentCatalog.Version"/>: SHA-256 of the documents as JSON, the safety
/// lexicon and command words left out (they change how messages are read, not what a flow asks).</summary>
internal static class ContentVersion
{
    public static string Of(IReadOnlyList<ContentDocument> documents)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var document in documents)
        {
            var shown = document with { SafetyTerms = [], SafetyCues = [], Commands = new Dictionary<string, IReadOnlyList<string>>() };
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(shown, ContentJsonContext.Default.ContentDocument));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..10];
    }
}
