using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Garnet;
using Microsoft.Extensions.Options;

namespace PledgeBot.Store;

/// <summary>Microsoft Garnet hosted in-process on loopback, durable under <c>{Store:DataDir}/garnet</c>; the store
/// when no <c>ConnectionStrings:Redis</c> is set (README.md, "Where the data lives").</summary>
public sealed class EmbeddedGarnet : IAsyncDisposable, IDisposable
{
    private const int StartAttempts = 3;
    private const string LockFileName = "pledgebot.lock";
    private static readonly TimeSpan s_lockWait = TimeSpan.FromSeconds(5);

    private readonly GarnetServer _server;
    private readonly FileStream _lock;
    private readonly ILogger _logger;
    private int _disposed;

    public EmbeddedGarnet(IOptions<StoreOptions> options, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);

        _logger = loggerFactory.CreateLogger<EmbeddedGarnet>();
        DataDirectory = Path.GetFullPath(Path.Combine(options.Value.DataDir, "garnet"));
        Directory.CreateDirectory(DataDirectory);
        _lock = LockDataDirectory(DataDirectory);
        try
        {
            (_server, Port) = Start(DataDirectory, new GarnetLoggerFactory(loggerFactory));
        }
        catch
        {
            _lock.Dispose();
            throw;
        }

        _logger.EmbeddedGarnetStarted(Port, DataDirectory);
    }

    public int Port { get; }

    public string DataDirectory { get; }

    /// <summary>The StackExchange.Redis endpoint, e.g. <c>127.0.0.1:40123</c>.</summary>
    public string Endpoint => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            // Each write issues its AOF commit without waiting for it; a graceful stop waits for the last ones.
            await _server.Store.CommitAOFAsync(CancellationToken.None);
        }
        finally
        {
            Stop();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Stop();
        }
    }

    private void Stop()
    {
        _server.Dispose(deleteDir: false);
        _lock.Dispose();
        _logger.EmbeddedGarnetStopped(DataDirectory);
    }

    private static (GarnetServer Server, int Port) Start(string dataDirectory, ILoggerFactory loggerFactory)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            var server = new GarnetServer(Arguments(port, dataDirectory), loggerFactory);
            try
            {
                server.Start();
                return (server, port);
            }
            catch (SocketException) when (attempt < StartAttempts)
            {
                // Another process took the port between the probe and the bind; try a new one.
                server.Dispose(deleteDir: false);
            }
        }
    }

    // --aof --recover: every write goes to the append-only file and is replayed at start.
    // --device-type RandomAccess: it also runs on machines without libaio. No --logdir: it demands tiered storage.
    // --lua-transaction-mode: without it Garnet runs a script without locking its keys, and the version check in
    //   RedisStateStore's write script can interleave with another connection's write (lost updates, seen in tests).
    // -q: no banner on stdout; Garnet's own log lines go to the host's logger under the "Garnet" category.
    private static string[] Arguments(int port, string dataDirectory) =>
    [
        "--port", port.ToString(CultureInfo.InvariantCulture),
        "--bind", "127.0.0.1",
        "--aof",
        "--recover",
        "--aof-commit-freq", "0",
        "--checkpointdir", dataDirectory,
        "--device-type", "RandomAccess",
        "--lua",
        "--lua-transaction-mode",
        "-q",
    ];

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    // Garnet does not lock its files: two servers on one directory would interleave their append-only files. A
    // previous instance that is still shutting down (a quick restart) gets a few seconds to let go.
    private static FileStream LockDataDirectory(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, LockFileName);
        var deadline = DateTime.UtcNow + s_lockWait;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(100);
            }
            catch (IOException exception)
            {
                throw new InvalidOperationException(
                    $"The store data directory {dataDirectory} is in use by another PledgeBot. Give each instance its own " +
                    "Store:DataDir, or share a Redis through ConnectionStrings:Redis.", exception);
            }
        }
    }
}
