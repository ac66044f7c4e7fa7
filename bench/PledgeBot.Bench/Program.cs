using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using PledgeBot.Bench;
using PledgeBot.Dialogs.Activities;
using Activity = PledgeBot.Dialogs.Activities.Activity;
using StackExchange.Redis;

if (ClassBench.IsRequested(args))
{
    return await ClassBench.RunAsync(args);
}

var options = BenchOptions.Parse(args);
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency * 2 }) { BaseAddress = options.Url };
using var redis = options.Redis is null ? null : await ConnectionMultiplexer.ConnectAsync($"{options.Redis},allowAdmin=true");
var server = redis?.GetServer(redis.GetEndPoints()[0]);

var baseline = await HealthBaselineAsync(http, options);
var commandsBefore = await StoreStats.CommandCallsAsync(server);
var recorder = new LatencyRecorder();
var nextUser = 0;
var pledged = 0L;
var peakRss = 0L;
var stopwatch = Stopwatch.StartNew();
var runId = Guid.NewGuid().ToString("N")[..8];

using var sampler = new Timer(_ => peakRss = Math.Max(peakRss, HostMemory.RssBytes(options.HostPid)), null, 0, 500);
var workers = Enumerable.Range(0, options.Concurrency).Select(async worker =>
{
    var random = new Random(worker);
    while (stopwatch.Elapsed < options.Duration)
    {
        var user = Interlocked.Increment(ref nextUser);
        if (user > options.Users)
        {
            return;
        }

        var code = random.NextDouble() < options.ReferralShare ? $"BENCH{user % 50:D3}" : null;
        var turn = 0;
        foreach (var (kind, text) in Session.Turns(code, random))
        {
            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                Id = $"{runId}-{user}-{turn++}",
                Text = text,
                ChannelId = Channels.WebChat,
                DeliveryMode = DeliveryModes.ExpectReplies,
                Locale = "vi-VN",
                From = new ChannelAccount { Id = $"bench-{runId}-{user}" },
                Recipient = new ChannelAccount { Id = "bot" },
                Conversation = new ConversationAccount { Id = $"bench-{runId}-{user}" },
            };
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.PostAsJsonAsync("/api/messages", activity, ProtocolJsonContext.Wire.Activity);
                var body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync(ProtocolJsonContext.Wire.ExpectedReplies) : null;
                if (body is null || body.Activities.Count == 0)
                {
                    recorder.Error();
                    continue;
                }

                recorder.Record(kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (kind == "age")
                {
                    Interlocked.Increment(ref pledged);
                }
            }
            catch (HttpRequestException)
            {
                recorder.Error();
            }
        }
    }
}).ToArray();
await Task.WhenAll(workers);
var elapsed = stopwatch.Elapsed;

var commandsAfter = await StoreStats.CommandCallsAsync(server);
var turns = recorder.Count;
var turnRate = turns / elapsed.TotalSeconds;
var perPledger = await StoreStats.BytesPerPledgerAsync(redis, server);
var peerCodesPerPledger = await StoreStats.PeerCodeBytesPerPledgerAsync(redis, server, pledged);
var (p50, p95, p99, max) = recorder.All();

Console.WriteLine(FormattableString.Invariant($"## {options.Label}"));
Console.WriteLine(FormattableString.Invariant($"users {Math.Min(nextUser, options.Users)}, pledged {pledged}, turns {turns}, errors {recorder.Errors}, {elapsed.TotalSeconds:F1} s, concurrency {options.Concurrency}"));
Console.WriteLine();
Console.WriteLine("| turn kind | count | p50 ms | p95 ms | p99 ms | max ms |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
foreach (var (kind, count, kp50, kp95, kp99, kmax) in recorder.Summary())
{
    Console.WriteLine(FormattableString.Invariant($"| {kind} | {count} | {kp50:F1} | {kp95:F1} | {kp99:F1} | {kmax:F1} |"));
}

Console.WriteLine(FormattableString.Invariant($"| **all** | {turns} | {p50:F1} | {p95:F1} | {p99:F1} | {max:F1} |"));
Console.WriteLine();
Console.WriteLine(FormattableString.Invariant($"- turns/s: {turnRate:F0}; /healthz baseline: {baseline:F0} req/s; ratio {turnRate / baseline:P1}"));
Console.WriteLine(commandsBefore is null || commandsAfter is null || commandsAfter == 0
    ? "- store commands per turn: n/a (no --redis, or the server keeps no INFO commandstats)"
    : FormattableString.Invariant($"- store commands per turn: {(double)(commandsAfter.Value - commandsBefore.Value) / Math.Max(1, turns):F2}"));
Console.WriteLine(perPledger is null ? "- store bytes per pledged user (long-lived records): n/a" : FormattableString.Invariant($"- store bytes per pledged user (pledger buckets, MEMORY USAGE over all buckets / pledgers): {perPledger:F0}"));
Console.WriteLine(peerCodesPerPledger is null ? "- store bytes per pledger for invite codes: n/a" : FormattableString.Invariant($"- store bytes per pledger for invite codes (peer code hashes): {peerCodesPerPledger:F0}"));
Console.WriteLine(options.HostPid is null ? "- host peak RSS: n/a (no --host-pid)" : FormattableString.Invariant($"- host peak RSS: {peakRss / 1024.0 / 1024.0:F0} MiB"));
return recorder.Errors > turns / 100 ? 1 : 0;

static async Task<double> HealthBaselineAsync(HttpClient http, BenchOptions options)
{
    var window = TimeSpan.FromSeconds(Math.Clamp(options.Duration.TotalSeconds / 4, 3, 15));
    var stopwatch = Stopwatch.StartNew();
    var count = 0L;
    await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(async _ =>
    {
        while (stopwatch.Elapsed < window)
        {
            using var response = await http.GetAsync("/healthz");
            Interlocked.Increment(ref count);
        }
    }));
    return count / stopwatch.Elapsed.TotalSeconds;
}
