using System.Collections.Concurrent;
using System.Net;

namespace PledgeBot.Tests.Fuzz;

/// <summary>How a run's answers spread over status codes: printed with the test, and checked so a run whose every
/// request was refused at the door (a wrong signature, a dead token) cannot pass as a fuzz of the parser behind it.</summary>
internal sealed class FuzzTally
{
    private readonly ConcurrentDictionary<int, int> _statuses = new();

    public void Count(HttpStatusCode status) => _statuses.AddOrUpdate((int)status, 1, (_, count) => count + 1);

    /// <summary>Fails unless some answers were accepted (2xx) and some refused as bad input (400).</summary>
    public void ReachedTheParser()
    {
        Assert.True(_statuses.Keys.Any(status => status is >= 200 and < 300), $"No request was accepted: {this}");
        Assert.True(_statuses.ContainsKey(400), $"No request was refused as malformed: {this}");
    }

    public override string ToString() =>
        string.Join(", ", _statuses.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}×{pair.Value}"));
}
