using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using PledgeBot.Store;
using PledgeBot.Tests.Fakes;
using StackExchange.Redis;

namespace PledgeBot.Tests.Store;

[Trait(TestCategory.Name, TestCategory.Unit)]
public sealed class StoreStartupTests
{
    // The client's own exceptions as it throws them; their public constructors are marked obsolete in favour of
    // internal overloads.
#pragma warning disable CS0618
    public static TheoryData<Exception> SlowOrFailingStores => new()
    {
        new RedisTimeoutException("Timeout awaiting response, command=SCRIPT", CommandStatus.Sent),
        new RedisConnectionException(ConnectionFailureType.SocketFailure, "connection lost"),
        new RedisServerException("ERR unknown command"),
    };
#pragma warning restore CS0618

    [Theory]
    [MemberData(nameof(SlowOrFailingStores))]
    public async Task Starts_when_preloading_the_turn_scripts_times_out_or_fails(Exception failure)
    {
        var server = new Mock<IServer>();
        server.SetupGet(s => s.IsConnected).Returns(true);
        server.SetupGet(s => s.IsReplica).Returns(false);
        server.Setup(s => s.ScriptLoadAsync(It.IsAny<string>(), It.IsAny<CommandFlags>())).ThrowsAsync(failure);
        var multiplexer = new Mock<IConnectionMultiplexer>();
        multiplexer.Setup(m => m.GetEndPoints(It.IsAny<bool>())).Returns([new IPEndPoint(IPAddress.Loopback, 6379)]);
        multiplexer.SetupGet(m => m.IsConnected).Returns(true);
        multiplexer.Setup(m => m.GetServers()).Returns([server.Object]);
        var startup = new StoreStartup(multiplexer.Object, new FakePseudonymizer(), NullLogger<StoreStartup>.Instance);

        await startup.StartAsync(CancellationToken.None);

        server.Verify(s => s.ScriptLoadAsync(It.IsAny<string>(), It.IsAny<CommandFlags>()), Times.Once);
    }
}
