using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PledgeBot.Tests.Fakes;

namespace PledgeBot.Tests.Conversations.NativeChannels.Telegram;

/// <summary>The Bot API on a real loopback socket: records every call and answers <c>/bot&lt;token&gt;/&lt;method&gt;</c>
/// as Telegram does (<c>{"ok":true,"result":…}</c>, a Message for sends, true otherwise), unless a script for the
/// call's chat or method says otherwise.</summary>
public sealed class FakeTelegram : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeTelegramRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeTelegramAnswer>> _scripts = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _messageId;

    private FakeTelegram(WebApplication app) => _app = app;

    /// <summary>The root URL, without a trailing '/': <c>http://127.0.0.1:{port}</c>.</summary>
    public string BaseUrl { get; private set; } = null!;

    public IReadOnlyList<FakeTelegramRequest> Requests => [.. _requests];

    public static async Task<FakeTelegram> StartAsync()
    {
        var fake = new FakeTelegram(LoopbackApp.Create());
        fake._app.Run(fake.AnswerAsync);
        var address = await LoopbackApp.StartAsync(fake._app);
        fake.BaseUrl = address;
        return fake;
    }

    /// <summary>Answers the next calls for <paramref name="chatOrMethod"/> (a chat id, or a method such as setWebhook).</summary>
    public void Script(string chatOrMethod, params FakeTelegramAnswer[] answers) =>
        _scripts[chatOrMethod] = new ConcurrentQueue<FakeTelegramAnswer>(answers);

    public IReadOnlyList<FakeTelegramRequest> For(long chat) =>
        [.. _requests.Where(r => r.ChatId == chat.ToString(CultureInfo.InvariantCulture))];

    public IReadOnlyList<FakeTelegramRequest> Calls(string botMethod) => [.. _requests.Where(r => r.BotMethod == botMethod)];

    /// <summary>Polls the recorded calls until <paramref name="done"/> holds, or fails after <paramref name="timeout"/>.</summary>
    public Task<IReadOnlyList<FakeTelegramRequest>> WaitAsync(
        Func<IReadOnlyList<FakeTelegramRequest>, bool> done, TimeSpan? timeout = null) =>
        Eventually.WaitAsync(
            () => Requests,
            done,
            timeout,
            requests => "calls so far:\n" + string.Join("\n", requests.Select(r => $"{r.BotMethod} {r.Body}")));

    /// <summary>Waits for <paramref name="count"/> sends (messages and photos) to <paramref name="chat"/>.</summary>
    public async Task<IReadOnlyList<FakeTelegramRequest>> WaitForSendsAsync(long chat, int count, TimeSpan? timeout = null)
    {
        var requests = await WaitAsync(all => Sends(all, chat).Count >= count, timeout);
        return Sends(requests, chat);
    }

    public static IReadOnlyList<FakeTelegramRequest> Sends(IEnumerable<FakeTelegramRequest> requests, long chat) =>
        [.. requests.Where(r => r.ChatId == chat.ToString(CultureInfo.InvariantCulture) && r.BotMethod is "sendMessage" or "sendPhoto")];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new FakeTelegramRequest(context.Request.Method, context.Request.Path.Value ?? string.Empty, context.Request.QueryString.Value ?? string.Empty, headers, body, _clock.Elapsed);
        _requests.Enqueue(request);

        var answer = Next(request) ?? Success(request);
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = answer.Body.StartsWith('{') ? "application/json" : "text/html";
        await context.Response.WriteAsync(answer.Body, context.RequestAborted);
    }

    private FakeTelegramAnswer? Next(FakeTelegramRequest request)
    {
        foreach (var key in new[] { request.ChatId, request.BotMethod })
        {
            if (key is not null && _scripts.TryGetValue(key, out var script) && script.TryDequeue(out var answer))
            {
                return answer;
            }
        }

        return null;
    }

    private FakeTelegramAnswer Success(FakeTelegramRequest request)
    {
        if (request.BotMethod is not ("sendMessage" or "sendPhoto"))
        {
            return new FakeTelegramAnswer(200, """{"ok":true,"result":true}""");
        }

        var id = Interlocked.Increment(ref _messageId).ToString(CultureInfo.InvariantCulture);
        var chat = JsonSerializer.Serialize(long.Parse(request.ChatId ?? "0", CultureInfo.InvariantCulture));
        var date = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return new FakeTelegramAnswer(200, "{\"ok\":true,\"result\":{\"message_id\":" + id + ",\"date\":" + date + ",\"chat\":{\"id\":" + chat + ",\"type\":\"private\"}}}");
    }
}
