using LogKit.Sinks.File;
using LogKit.Tests.Support;

namespace LogKit.Tests.Sinks.File;

public class LogFileLockTests
{
    [Fact]
    public void ASecondClaimIsRefusedWithThePathAndTheOwnersProcessId()
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("app.log");
        using var first = LogFileLock.TryAcquire(path);
        first.Should().NotBeNull();

        FluentActions.Invoking(() => LogFileLock.TryAcquire(path)).Should().Throw<InvalidOperationException>()
            .WithMessage($"'{path}' is already written by another process (process id {Environment.ProcessId}), which holds '{path}.lock'.*Shared = true*");
    }

    [Fact]
    public void TheLockIsFreeAgainOnceReleased()
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("app.log");
        LogFileLock.TryAcquire(path)!.Dispose();

        using var second = LogFileLock.TryAcquire(path);
        second.Should().NotBeNull();
        System.IO.File.Exists(path + LogFileLock.Extension).Should().BeTrue("the lock file is left in place, only its lock is released");
    }

    [Fact]
    public void CreatesTheLogsFolderWhenNeeded()
    {
        using var folder = TempFolder.ForCaller();
        using var claim = LogFileLock.TryAcquire(folder.File("new/app.log"));
        claim.Should().NotBeNull();

        System.IO.File.Exists(folder.File("new/app.log.lock")).Should().BeTrue();
    }

    [Fact]
    public void AFolderThatCannotBeMadeYetGivesNoLockAndNoError()
    {
        using var folder = TempFolder.ForCaller();
        System.IO.File.WriteAllText(folder.File("logs"), "a file where the folder should be");

        LogFileLock.TryAcquire(folder.File("logs/app.log")).Should().BeNull();
    }
}
