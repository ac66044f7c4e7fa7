using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace PledgeBot.Auth;

/// <summary>Reads an OpenID metadata document and its <c>jwks_uri</c>. Our own reader rather than the OpenID Connect one,
/// because the Bot Framework's keys carry an <c>endorsements</c> array the standard model does not keep.</summary>
internal sealed class SigningKeysRetriever : IConfigurationRetriever<SigningKeys>
{
    public async Task<SigningKeys> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        var metadata = await retriever.GetDocumentAsync(address, cancel);
        string jwksUri;
        using (var document = JsonDocument.Parse(metadata))
        {
            jwksUri = document.RootElement.TryGetProperty("jwks_uri", out var uri) && uri.ValueKind == JsonValueKind.String
                ? uri.GetString()!
                : throw new InvalidOperationException($"The OpenID metadata at {address} has no jwks_uri.");
        }

        var jwks = await retriever.GetDocumentAsync(jwksUri, cancel);
        var keys = new JsonWebKeySet(jwks).GetSigningKeys();
        return new SigningKeys([.. keys], ReadEndorsements(jwks));
    }

    private static FrozenDictionary<string, FrozenSet<string>> ReadEndorsements(string jwks)
    {
        var endorsements = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwks);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
        {
            return endorsements.ToFrozenDictionary(StringComparer.Ordinal);
        }

        foreach (var key in keys.EnumerateArray())
        {
            if (key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[kid.GetString()!] = list.EnumerateArray()
                    .Where(channel => channel.ValueKind == JsonValueKind.String)
                    .Select(channel => channel.GetString()!)
                    .ToFrozenSet(StringComparer.Ordinal);
            }
        }

        return endorsements.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
