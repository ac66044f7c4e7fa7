using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Instrumentation.StackExchangeRedis;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PledgeBot.Tests.Fakes;
using PledgeBot.Tests.Fixtures;

namespace PledgeBot.Tests.Observability;

/// <summary>The bot with OpenTelemetry exporting to memory, Prometheus on behind a staff key, its store in a fresh
/// directory and a fake Connector on a real loopback socket. Sources and listeners are process-wide, so the exports also
/// hold other hosts' spans: tests find theirs by the trace id they send.</summary>
public sealed class ObservabilityHostFixture : IAsyncLifetime
{
    public const string StaffKey = "staff-key-for-the-observability-tests";

    private readonly TestHostSet _hosts = new();

    public FakeConnector Connector { get; private set; } = null!;

    public TestHost Factory { get; private set; } = null!;

    public ConcurrentQueue<Activity> Spans { get; } = new();

    public List<MetricSnapshot> Metrics { get; } = [];

    public string ServiceUrl => new Uri(Connector.BaseUrl, "amer/").ToString();

    public async Task InitializeAsync()
    {
        Connector = _hosts.Add(await FakeConnector.StartAsync());
        Factory = _hosts.Add(TestHost.Create()
            .WithConnector()
            .With("Observability:Prometheus", "true")
            .WithStaffKey(StaffKey)
            .WithServices(services =>
            {
                // The Redis instrumentation turns profiled commands into spans every 10 s by default.
                services.Configure<StackExchangeRedisInstrumentationOptions>(redis => redis.FlushInterval = TimeSpan.FromMilliseconds(50));
                services.AddOpenTelemetry()
                    .WithTracing(tracing => tracing.AddInMemoryExporter(new ConcurrentCollection(Spans)))
                    .WithMetrics(metrics => metrics.AddInMemoryExporter(Metrics));
            })).Start();
    }

    /// <summary>Collects every instrument now, into <see cref="Metrics"/>, and returns what was collected.</summary>
    public IReadOnlyList<MetricSnapshot> CollectMetrics()
    {
        lock (Metrics)
        {
            Metrics.Clear();
        }

        // False whatever the in-memory reader did: the Prometheus reader collects only when scraped.
        Factory.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000);
        lock (Metrics)
        {
            return [.. Metrics];
        }
    }

    public Task DisposeAsync() => _hosts.DisposeAsync().AsTask();

    // The in-memory exporter adds from the exporting thread; the tests read while turns of other hosts still end.
    private sealed class ConcurrentCollection(ConcurrentQueue<Activity> queue) : ICollection<Activity>
    {
        public int Count => queue.Count;

        public bool IsReadOnly => false;

        public void Add(Activity item) => queue.Enqueue(item);

        public void Clear() => queue.Clear();

        public bool Contains(Activity item) => queue.Contains(item);

        public void CopyTo(Activity[] array, int arrayIndex) => queue.CopyTo(array, arrayIndex);

        public bool Remove(Activity item) => throw new NotSupportedException();

        public IEnumerator<Activity> GetEnumerator() => queue.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
