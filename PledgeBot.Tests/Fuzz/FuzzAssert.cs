using System.Net;
using System.Text;
using System.Text.Json;
using CsCheck;

namespace PledgeBot.Tests.Fuzz;

/// <summary>What every answer to generated input must be: not a 5xx, a body that arrives whole (a CSV to its last line,
/// JSON that parses), and afterwards a host that is still healthy and logged no failure.</summary>
internal static class FuzzAssert
{
    // Log events that mean a request or a background turn broke: the exception handler's unhandled exception, Kestrel's
    // unhandled application exception, and the channel queue's failed item or turn.
    private static readonly string[] s_failures =
        ["Diagnostics.ExceptionHandlerMiddleware", "Server.Kestrel", "[7002]", "[7007]"];

    /// <summary>Sends 300 generated inputs (two at a time) and checks each answer with <see cref="AnsweredAsync"/>;
    /// returns how the answers spread over status codes.</summary>
    public static async Task<FuzzTally> EveryAnsweredAsync<T>(Gen<T> inputs, Func<T, Task<HttpResponseMessage>> send, Func<T, string> describe)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var tally = new FuzzTally();
        await inputs.SampleAsync(
            async input =>
            {
                using var response = await send(input);
                await AnsweredAsync(response, describe(input));
                tally.Count(response.StatusCode);
            },
            iter: 300,
            threads: 2,
            print: describe);
        return tally;
    }

    /// <summary>Reads the whole answer and fails on a 5xx or a body cut short; returns the body.</summary>
    public static async Task<byte[]> AnsweredAsync(HttpResponseMessage response, string request)
    {
        ArgumentNullException.ThrowIfNull(response);
        byte[] body;
        try
        {
            body = await response.Content.ReadAsByteArrayAsync();
        }
        catch (HttpRequestException exception)
        {
            throw new Xunit.Sdk.XunitException($"{request}: the body was cut off after {(int)response.StatusCode} ({exception.Message}).");
        }

        if ((int)response.StatusCode >= 500)
        {
            throw new Xunit.Sdk.XunitException($"{request}: {(int)response.StatusCode} {Encoding.UTF8.GetString(body)}");
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (response.StatusCode == HttpStatusCode.OK && mediaType == "text/csv")
        {
            CsvParsesToTheEnd(body, request);
        }
        else if (mediaType is "application/json" or "application/problem+json" && body.Length > 0)
        {
            try
            {
                using var _ = JsonDocument.Parse(body);
            }
            catch (JsonException exception)
            {
                throw new Xunit.Sdk.XunitException($"{request}: {(int)response.StatusCode} with JSON that does not parse ({exception.Message}).");
            }
        }

        return body;
    }

    /// <summary>A 4xx with a problem+json body that gives a reason.</summary>
    public static async Task RefusedWithReasonAsync(HttpResponseMessage response, string request, params HttpStatusCode[] statuses)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await AnsweredAsync(response, request);
        Assert.True(statuses.Contains(response.StatusCode), $"{request}: {(int)response.StatusCode}, expected one of {string.Join(", ", statuses)}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        var reason = problem.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString()
            : problem.RootElement.TryGetProperty("errors", out var errors) ? errors.GetRawText()
            : null;
        Assert.False(string.IsNullOrWhiteSpace(reason), $"{request}: a refusal without a reason: {Encoding.UTF8.GetString(body)}");
    }

    /// <summary>After a run: <c>/healthz</c> answers 200 and the host logged no failed request or turn since <paramref name="mark"/>.</summary>
    public static async Task StillHealthyAsync(FuzzHostFixture host, int mark)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var client = host.CreateClient();
        using var health = await client.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        // Background turns of the last requests may still be running: give them a moment to fail, if they do.
        await Task.Delay(300);
        var failures = host.Log.ErrorsSince(mark).Where(error => s_failures.Any(error.Contains)).ToList();
        Assert.True(failures.Count == 0, "The host logged failures:\n" + string.Join('\n', failures.Take(10)));
    }

    // RFC 4180: every record has the header's number of fields, quotes balance, and the file ends with a line break.
    private static void CsvParsesToTheEnd(byte[] body, string request)
    {
        var text = Encoding.UTF8.GetString(body).TrimStart('\uFEFF');
        Assert.True(text.Length > 0 && text.EndsWith('\n'), $"{request}: the CSV does not end with a line break.");
        var records = new List<int>();
        var fields = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields++;
            }
            else if (c == '\n')
            {
                records.Add(fields);
                fields = 1;
            }
        }

        Assert.False(quoted, $"{request}: the CSV ends inside a quoted field.");
        Assert.True(records.All(count => count == records[0]), $"{request}: CSV records of {string.Join('/', records.Distinct())} fields.");
    }
}
