using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PledgeBot.Tests.Fakes;

namespace PledgeBot.Tests.Auth;

/// <summary>OpenID metadata and JWKS documents on a real loopback socket, one pair per issuer name ("channel",
/// "emulator"), whose keys a test can change while the bot runs.</summary>
public sealed class FakeOpenIdIssuer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, JsonArray> _keys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _keyFetches = new(StringComparer.Ordinal);

    private FakeOpenIdIssuer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public string MetadataUrl(string issuer) => new Uri(BaseUrl, $"{issuer}/.well-known/openid-configuration").ToString();

    public static async Task<FakeOpenIdIssuer> StartAsync()
    {
        var issuer = new FakeOpenIdIssuer(LoopbackApp.Create());
        issuer._app.MapGet("/{name}/.well-known/openid-configuration", (string name, HttpContext context) =>
            Results.Text(
                new JsonObject { ["issuer"] = name, ["jwks_uri"] = $"{context.Request.Scheme}://{context.Request.Host}/{name}/keys" }.ToJsonString(),
                "application/json"));
        issuer._app.MapGet("/{name}/keys", (string name) =>
        {
            issuer._keyFetches.AddOrUpdate(name, 1, (_, count) => count + 1);
            var keys = issuer._keys.GetOrAdd(name, _ => []);
            lock (keys)
            {
                return Results.Text(new JsonObject { ["keys"] = keys.DeepClone() }.ToJsonString(), "application/json");
            }
        });
        var address = await LoopbackApp.StartAsync(issuer._app);

        issuer.BaseUrl = new Uri(address + "/");
        return issuer;
    }

    /// <summary>Adds a key to an issuer's JWKS, endorsed for these channels (null: no endorsements at all).</summary>
    public void Publish(string issuer, TestSigningKey key, params string[]? endorsements)
    {
        ArgumentNullException.ThrowIfNull(key);
        var keys = _keys.GetOrAdd(issuer, _ => []);
        lock (keys)
        {
            keys.Add(key.Jwk(endorsements));
        }
    }

    public int KeyFetches(string issuer) => _keyFetches.GetValueOrDefault(issuer);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
