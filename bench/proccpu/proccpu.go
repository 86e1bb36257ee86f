// Package proccpu reads the CPU time a Linux process has used, from
// /proc/<pid>/stat, for the benchmark's cost per request.
package proccpu

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// userHZ is the unit of utime and stime in /proc/<pid>/stat (USER_HZ),
// which Linux fixes at 100 for user space on every architecture Go runs on.
const userHZ = 100

// Used is the user plus system CPU time process pid has used so far (pid 0:
// this process). Its resolution is 10 ms.
func Used(pid int) (time.Duration, error) {
	name := "/proc/self/stat"
	if pid != 0 {
		name = "/proc/" + strconv.Itoa(pid) + "/stat"
	}
	b, err := os.ReadFile(name)
	if err != nil {
		return 0, err
	}
	return parseStat(string(b))
}

// parseStat reads utime and stime (fields 14 and 15) of a stat line. The
// command name (field 2) is in parentheses and may hold spaces, so fields
// are counted after its closing parenthesis.
func parseStat(s string) (time.Duration, error) {
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0, fmt.Errorf("proccpu: no command name in %.80q", s)
	}
	f := strings.Fields(s[i+1:])
	// f[0] is field 3 (state), so utime (14) is f[11] and stime (15) f[12].
	if len(f) < 13 {
		return 0, fmt.Errorf("proccpu: short stat line %.80q", s)
	}
	var ticks int64
	for _, x := range f[11:13] {
		n, err := strconv.ParseInt(x, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("proccpu: bad CPU time %q in stat line", x)
		}
		ticks += n
	}
	return time.Duration(ticks) * time.Second / userHZ, nil
}
