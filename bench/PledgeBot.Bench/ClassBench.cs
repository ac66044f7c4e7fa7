using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PledgeBot.Dialogs.Activities;
using Activity = PledgeBot.Dialogs.Activities.Activity;

namespace PledgeBot.Bench;

/// <summary><c>--classes N --students M</c>: N classes of M students on one instance. Staff create the classes, the
/// students join (one turn each), every class starts its first question, then every student answers at once; the
/// figure is answer turns per second and their latency, and the results must count every answer once.</summary>
internal static class ClassBench
{
    public static bool IsRequested(string[] args) => args.Contains("--classes");

    public static async Task<int> RunAsync(string[] args)
    {
        var url = new Uri(Arg(args, "--url") ?? "http://127.0.0.1:3978");
        var classes = int.Parse(Arg(args, "--classes") ?? "100", CultureInfo.InvariantCulture);
        var students = int.Parse(Arg(args, "--students") ?? "40", CultureInfo.InvariantCulture);
        var inFlight = int.Parse(Arg(args, "--concurrency") ?? "256", CultureInfo.InvariantCulture);
        var staffKey = Arg(args, "--staff-key") ?? throw new ArgumentException("--staff-key is required");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = inFlight }) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        var run = Guid.NewGuid().ToString("N")[..6];

        var codes = new List<string>();
        for (var i = 0; i < classes; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/classes")
            {
                Content = JsonContent.Create(new { name = $"Bench {i}", questions = 1, secondsPerQuestion = 120 }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", staffKey);
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            codes.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!);
        }

        var seats = codes.SelectMany((code, c) => Enumerable.Range(0, students).Select(s => (Code: code, User: $"bench-{run}-{c}-{s}"))).ToArray();
        var joins = new LatencyRecorder();
        var joinClock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(seats, new ParallelOptions { MaxDegreeOfParallelism = inFlight }, async (seat, _) =>
            await TurnAsync(http, joins, "join", seat.User, $"LOP {seat.Code}", $"{seat.User}-join"));
        var joinSeconds = joinClock.Elapsed.TotalSeconds;

        foreach (var code in codes)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/classes/{code}/start");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", staffKey);
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
        }

        var answers = new LatencyRecorder();
        var answerClock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(seats, new ParallelOptions { MaxDegreeOfParallelism = inFlight }, async (seat, _) =>
            await TurnAsync(http, answers, "answer", seat.User, "A", $"{seat.User}-answer"));
        var answerSeconds = answerClock.Elapsed.TotalSeconds;

        long counted = 0;
        foreach (var code in codes)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/admin/classes/{code}/results.json");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", staffKey);
            var results = await (await http.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
            counted += results.GetProperty("questions")[0].GetProperty("answered").GetInt64();
        }

        var (jp50, _, jp99, jmax) = joins.All();
        var (p50, p95, p99, max) = answers.All();
        Console.WriteLine(FormattableString.Invariant($"## Classes: {classes} classes × {students} students, one instance, {inFlight} turns in flight"));
        Console.WriteLine();
        Console.WriteLine("| turn | count | errors | turns/s | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(FormattableString.Invariant($"| join | {joins.Count} | {joins.Errors} | {joins.Count / joinSeconds:F0} | {jp50:F1} | – | {jp99:F1} | {jmax:F1} |"));
        Console.WriteLine(FormattableString.Invariant($"| answer (all at once) | {answers.Count} | {answers.Errors} | {answers.Count / answerSeconds:F0} | {p50:F1} | {p95:F1} | {p99:F1} | {max:F1} |"));
        Console.WriteLine();
        Console.WriteLine(FormattableString.Invariant($"- answers counted in the results: {counted} of {seats.Length}; all answered in {answerSeconds:F1} s"));
        return counted == seats.Length && answers.Errors == 0 ? 0 : 1;
    }

    private static async Task TurnAsync(HttpClient http, LatencyRecorder recorder, string kind, string user, string text, string id)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = id,
            Text = text,
            ChannelId = Channels.WebChat,
            DeliveryMode = DeliveryModes.ExpectReplies,
            Locale = "vi-VN",
            From = new ChannelAccount { Id = user },
            Recipient = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = user },
        };
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.PostAsJsonAsync("/api/messages", activity, ProtocolJsonContext.Wire.Activity);
            var body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync(ProtocolJsonContext.Wire.ExpectedReplies) : null;
            if (body is null || body.Activities.Count == 0)
            {
                recorder.Error();
                return;
            }

            recorder.Record(kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (HttpRequestException)
        {
            recorder.Error();
        }
    }

    private static string? Arg(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
