using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using PledgeBot.Tests.Fakes;

namespace PledgeBot.Tests.Auth;

/// <summary>An Entra v2 token endpoint (<c>POST {authority}/oauth2/v2.0/token</c>) over https on loopback, as MSAL
/// requires; each grant returns a new access token, <c>connector-token-N</c>.</summary>
public sealed class FakeTokenEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _grants = new();
    private int _issued;

    private FakeTokenEndpoint(WebApplication app) => _app = app;

    /// <summary>The authority MSAL is pointed at: <c>https://127.0.0.1:{port}/botframework.com</c>.</summary>
    public string Authority { get; private set; } = null!;

    /// <summary>The form fields of each token request, in order.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Grants => [.. _grants];

    public static async Task<FakeTokenEndpoint> StartAsync(TestCertificateAuthority authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var endpoint = new FakeTokenEndpoint(LoopbackApp.Create(listen => listen.UseHttps(authority.ServerCertificate)));
        endpoint._app.MapPost("/{tenant}/oauth2/v2.0/token", endpoint.IssueAsync);
        var address = await LoopbackApp.StartAsync(endpoint._app);
        endpoint.Authority = address + "/botframework.com";
        return endpoint;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> IssueAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        _grants.Enqueue(form.ToDictionary(field => field.Key, field => field.Value.ToString(), StringComparer.Ordinal));
        var number = Interlocked.Increment(ref _issued);
        var body = new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3599,
            ["ext_expires_in"] = 3599,
            ["access_token"] = $"connector-token-{number}",
        };
        return Results.Text(body.ToJsonString(), "application/json");
    }
}
