using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PledgeBot.Tests.Fakes;

namespace PledgeBot.Tests.Conversations.NativeChannels.Zalo;

/// <summary>Zalo's send and OAuth APIs on a real loopback socket. It records every call, issues token pairs whose
/// refresh token works exactly once, answers -216 to an access token it did not issue (or revoked), and answers a
/// user's next sends from a script (HTTP status or body error), else <c>error: 0</c>.</summary>
public sealed class FakeZalo : IAsyncDisposable
{
    public const string FirstRefreshToken = "rt-0";
    public const string AppSecretKey = "app-secret-key";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeZaloRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, int Error)>> _scripts = new(StringComparer.Ordinal);
    private readonly Lock _tokens = new();
    private readonly HashSet<string> _accessTokens = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private string? _refreshToken = FirstRefreshToken;
    private int _issued;

    private FakeZalo(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The expires_in the next pairs carry, in seconds (sent as a string, as Zalo does).</summary>
    public long ExpiresInSeconds { get; set; } = 90_000;

    /// <summary>How long a refresh takes to answer, to let concurrent callers pile up.</summary>
    public TimeSpan RefreshDelay { get; set; } = TimeSpan.Zero;

    /// <summary>Refresh tokens presented that were spent or never issued.</summary>
    public ConcurrentQueue<string> RefusedRefreshTokens { get; } = new();

    public static async Task<FakeZalo> StartAsync()
    {
        var fake = new FakeZalo(LoopbackApp.Create());
        fake._app.Run(fake.AnswerAsync);
        var address = await LoopbackApp.StartAsync(fake._app);
        fake.BaseUrl = new Uri(address + "/");
        return fake;
    }

    public IReadOnlyList<FakeZaloRequest> Requests => [.. _requests];

    public IReadOnlyList<FakeZaloRequest> Refreshes => [.. _requests.Where(request => request.IsRefresh)];

    /// <summary>Send calls to <paramref name="userId"/> that Zalo took (error 0), in arrival order.</summary>
    public IReadOnlyList<FakeZaloRequest> Delivered(string userId) =>
        [.. _requests.Where(request => request.IsSend && request.UserId == userId && request.Answer == "0")];

    /// <summary>Every send call to <paramref name="userId"/>, whatever it was answered.</summary>
    public IReadOnlyList<FakeZaloRequest> Attempts(string userId) =>
        [.. _requests.Where(request => request.IsSend && request.UserId == userId)];

    /// <summary>Answers the next sends to <paramref name="userId"/> with these, in order.</summary>
    public void Script(string userId, params (int Status, int Error)[] answers) =>
        _scripts[userId] = new ConcurrentQueue<(int, int)>(answers);

    /// <summary>Zalo forgets every access token it issued (the next send gets -216).</summary>
    public void RevokeAccessTokens()
    {
        lock (_tokens)
        {
            _accessTokens.Clear();
        }
    }

    /// <summary>Zalo forgets the current refresh token (the OA must be re-authorised).</summary>
    public void RevokeRefreshToken()
    {
        lock (_tokens)
        {
            _refreshToken = null;
        }
    }

    /// <summary>Issues a pair without a refresh call, as an OA authorisation would, and accepts its access token.</summary>
    public (string Access, string Refresh) Authorise()
    {
        lock (_tokens)
        {
            var n = ++_issued;
            _accessTokens.Add($"at-{n}");
            _refreshToken = $"rt-{n}";
            return ($"at-{n}", $"rt-{n}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        string body;
        using (var reader = new StreamReader(request.Body))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }

        var headers = request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var (status, answer, json) = request.Path.Value switch
        {
            "/v4/oa/access_token" => await RefreshAsync(headers, body, context.RequestAborted),
            "/v3.0/oa/message/cs" => Send(headers, body),
            _ => (404, "not-found", "{}"),
        };
        _requests.Enqueue(new FakeZaloRequest(request.Method, request.Path.Value!, request.QueryString.Value ?? string.Empty, headers, body, _clock.Elapsed, answer));
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json, context.RequestAborted);
    }

    private (int, string, string) Send(Dictionary<string, string> headers, string body)
    {
        var user = JsonDocument.Parse(body).RootElement.GetProperty("recipient").GetProperty("user_id").GetString()!;
        lock (_tokens)
        {
            if (!headers.TryGetValue("access_token", out var token) || !_accessTokens.Contains(token))
            {
                return (200, "-216", """{"error":-216,"message":"Access token is invalid"}""");
            }
        }

        if (_scripts.TryGetValue(user, out var script) && script.TryDequeue(out var scripted))
        {
            return scripted.Status != 200
                ? (scripted.Status, $"http-{scripted.Status}", "{}")
                : (200, scripted.Error.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $$"""{"error":{{scripted.Error}},"message":"scripted"}""");
        }

        return (200, "0", $$$"""{"error":0,"message":"Success","data":{"message_id":"{{{Guid.NewGuid():N}}}","user_id":"{{{user}}}"}}""");
    }

    private async Task<(int, string, string)> RefreshAsync(Dictionary<string, string> headers, string body, CancellationToken cancellationToken)
    {
        if (RefreshDelay > TimeSpan.Zero)
        {
            await Task.Delay(RefreshDelay, cancellationToken);
        }

        var form = body.Split('&').Select(pair => pair.Split('=')).ToDictionary(pair => pair[0], pair => Uri.UnescapeDataString(pair[1]));
        if (!headers.TryGetValue("secret_key", out var secret) || secret != AppSecretKey)
        {
            return (200, "bad-secret", """{"error":-14002,"error_name":"Invalid secret key"}""");
        }

        lock (_tokens)
        {
            if (!form.TryGetValue("refresh_token", out var presented) || presented != _refreshToken || form.GetValueOrDefault("grant_type") != "refresh_token")
            {
                RefusedRefreshTokens.Enqueue(presented ?? "none");
                return (200, "bad-refresh", """{"error":-14014,"error_name":"Invalid refresh token"}""");
            }

            var n = ++_issued;
            _accessTokens.Add($"at-{n}");
            _refreshToken = $"rt-{n}";
            return (200, "0", $$"""{"access_token":"at-{{n}}","refresh_token":"rt-{{n}}","expires_in":"{{ExpiresInSeconds}}"}""");
        }
    }
}
