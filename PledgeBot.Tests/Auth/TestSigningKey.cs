using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PledgeBot.Tests.Auth;

/// <summary>A generated RSA key that signs test tokens and publishes itself as a JWK.</summary>
public sealed class TestSigningKey : IDisposable
{
    private static readonly JsonWebTokenHandler s_handler = new();
    private readonly RSA _rsa = RSA.Create(2048);

    public string KeyId { get; } = $"test-{Guid.NewGuid():N}";

    /// <summary>The public half as the Bot Framework publishes it, with <c>endorsements</c> when given.</summary>
    public JsonObject Jwk(IReadOnlyList<string>? endorsements)
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. endorsements.Select(channel => (JsonNode)channel)]);
        }

        return jwk;
    }

    public string Sign(TestToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = token.Issuer,
            Audience = token.Audience,
            IssuedAt = token.NotBefore.UtcDateTime,
            NotBefore = token.NotBefore.UtcDateTime,
            Expires = token.Expires.UtcDateTime,
            Claims = token.Claims.ToDictionary(claim => claim.Key, claim => (object)claim.Value),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = KeyId }, token.Algorithm),
        };
        return s_handler.CreateToken(descriptor);
    }

    public void Dispose() => _rsa.Dispose();
}
