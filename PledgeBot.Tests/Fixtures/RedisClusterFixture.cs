using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using PledgeBot.Store;
using StackExchange.Redis;

namespace PledgeBot.Tests.Fixtures;

/// <summary>A 3-node Redis Cluster (no replicas) on loopback, for one test collection: how the campaign scales past
/// one Redis. A script or transaction whose keys span slots fails here with CROSSSLOT, as in production.</summary>
public sealed class RedisClusterFixture : IStoreServer, IAsyncLifetime
{
    private const int Nodes = 3;

    // Each node also listens on its port + 10000 for the cluster bus (the default, so redis-server 6 works too).
    private const int BusOffset = 10000;

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(30);

    private readonly TemporaryDirectory _directory = new();
    private readonly List<RedisProcess> _nodes = [];
    private ConnectionMultiplexer? _multiplexer;

    public string Endpoint => string.Join(',', _nodes.Select(node => NodeAddress(node.Port)));

    public IConnectionMultiplexer Multiplexer => _multiplexer ?? throw new InvalidOperationException("The cluster has not started.");

    public async Task<IConnectionMultiplexer> ConnectAsync() =>
        await ConnectionMultiplexer.ConnectAsync(StoreConnection.Options(Endpoint));

    public async Task InitializeAsync()
    {
        try
        {
            await StartAsync();
        }
        catch
        {
            // xunit does not dispose a fixture that failed to start: stop the nodes already running.
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_multiplexer is not null)
        {
            await _multiplexer.DisposeAsync();
            _multiplexer = null;
        }

        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        _nodes.Clear();
        _directory.Dispose();
    }

    private async Task StartAsync()
    {
        var cli = RedisBinary.Find("redis-cli");
        foreach (var port in FreePorts())
        {
            var config = Path.Combine(_directory.Path, string.Create(CultureInfo.InvariantCulture, $"nodes-{port}.conf"));
            _nodes.Add(RedisProcess.Start(
                port, "--cluster-enabled", "yes", "--cluster-config-file", config, "--dir", _directory.Path));
        }

        foreach (var node in _nodes)
        {
            await node.WaitUntilListeningAsync(s_startTimeout);
        }

        await RunAsync(cli, ["--cluster", "create", .. _nodes.Select(node => NodeAddress(node.Port)), "--cluster-replicas", "0", "--cluster-yes"]);
        foreach (var node in _nodes)
        {
            await WaitUntilClusterOkAsync(cli, node.Port);
        }

        _multiplexer = await ConnectionMultiplexer.ConnectAsync(StoreConnection.Options(Endpoint));
        var server = _multiplexer.GetServer(_multiplexer.GetEndPoints()[0]);
        if (server.ServerType != ServerType.Cluster)
        {
            throw new InvalidOperationException($"Connected to a {server.ServerType} server, not a cluster.");
        }
    }

    private static string NodeAddress(int port) => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{port}");

    // Free ports whose bus port (port + 10000) is free too.
    private static List<int> FreePorts()
    {
        var ports = new List<int>();
        while (ports.Count < Nodes)
        {
            var port = LoopbackPort.Free();
            if (port + BusOffset <= IPEndPoint.MaxPort && !ports.Contains(port) && IsFree(port + BusOffset))
            {
                ports.Add(port);
            }
        }

        return ports;
    }

    private static bool IsFree(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }

    private async Task WaitUntilClusterOkAsync(string cli, int port)
    {
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            var info = await RunAsync(cli, ["-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "cluster", "info"]);
            if (info.Contains("cluster_state:ok", StringComparison.Ordinal))
            {
                return;
            }

            if (elapsed.Elapsed > s_startTimeout)
            {
                throw new InvalidOperationException($"Node {port} never reached cluster_state:ok:\n{info}\n{Logs()}");
            }

            await Task.Delay(50);
        }
    }

    private async Task<string> RunAsync(string cli, IEnumerable<string> arguments)
    {
        var startInfo = new ProcessStartInfo(cli) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("redis-cli did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(s_startTimeout);
        await process.WaitForExitAsync(timeout.Token);
        var text = await output + await error;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"redis-cli {string.Join(' ', startInfo.ArgumentList)} failed ({process.ExitCode}):\n{text}\n{Logs()}");
        }

        return text;
    }

    private string Logs() => string.Join('\n', _nodes.Select(node => $"--- node {node.Port} ---\n{node.Output}"));
}
