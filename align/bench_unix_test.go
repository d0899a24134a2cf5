//go:build unix

package align

import (
	"syscall"
	"time"
)

// cpuTime returns the user and system CPU time of the process so far, or
// 0 if the system does not tell.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
