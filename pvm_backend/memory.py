"""PVM RAM: 2^32 bytes in 4 KiB pages, each inaccessible, read-only or writable (GP 4.x, A.5).

What it does: holds page contents and access rights, performs the checked loads and stores of instructions
(raising `MemoryFault` exactly as GP A.5 "memory exceptions" says), the unchecked reads and writes a loader or
host call uses, and the heap growth of `sbrk` (GP A.5.9).

Assumes: addresses are naturals below 2^32; multi-byte accesses wrap around mod 2^32 (GP "↺").

Guarantees: a failing `load`/`store` changes nothing. The fault rule (GP A.5): let x be the accessed byte
indices (mod 2^32) that lack the needed right (readable for loads, writable for stores); if x is empty the access
happens; else if min(x) < 2^16 the result is a panic; else a page fault at 4096·⌊min(x)/4096⌋. Any access to an
index below 2^16 = 0x10000 is in x whatever the page map says, so it always panics.
The dictionaries `readable` and `writable` (page number → page contents) never hold a page below 0x10000 and
hold only pages the access map grants, so a fast path may consult them directly: a hit is always right. A
large writable mapping (`sbrk` of a big heap, more than `LAZY_PAGES` pages) is kept as a range of page numbers
and a page of it enters the dictionaries when an access first touches it, so mapping 1 GiB costs neither the time
nor the memory of 262,144 pages; a miss of the fast path therefore goes to the checked path, which knows the
ranges.
"""

from __future__ import annotations

import bisect
import enum

PAGE_SIZE = 4096
PAGE_SHIFT = 12
ADDRESS_SPACE = 1 << 32
#: GP A.5: indices below this always panic.
RESERVED_BELOW = 1 << 16
_FIRST_USABLE_PAGE = RESERVED_BELOW >> PAGE_SHIFT
LAZY_PAGES = 64
"""A writable mapping of more pages than this is kept as a range until its pages are touched (module docstring)."""


class Access(enum.Enum):
    """Access right of one page (GP: inaccessible, immutable = read-only, mutable = writable)."""

    NONE = "none"
    READ = "read"
    WRITE = "write"


class MemoryFault(Exception):
    """An instruction's memory access failed; the instruction must have no effect (GP A.5)."""

    def __init__(self, panic: bool, page_address: int) -> None:
        super().__init__("panic" if panic else f"page fault at {page_address:#x}")
        self.panic = panic
        """True: an index below 0x10000 was involved (ε = ☇)."""
        self.page_address = page_address
        """For a page fault: the page address of the lowest offending index (ε = F × this)."""


class Memory:
    """Page map and contents of PVM RAM. Pages not mentioned are inaccessible and read as zero."""

    def __init__(self) -> None:
        self.pages: dict[int, bytearray] = {}
        """Page number → its 4096 bytes (only pages ever written or mapped)."""
        self.access: dict[int, Access] = {}
        """Page number → access right (absent = NONE)."""
        self.readable: dict[int, bytearray] = {}
        """Page number → contents, for every readable page at or above 0x10000 (read or write access)."""
        self.writable: dict[int, bytearray] = {}
        """Page number → contents, for every writable page at or above 0x10000."""
        self.lazy: list[tuple[int, int]] = []
        """Sorted, disjoint [first, last] page-number ranges mapped writable whose pages are not yet in the
        dictionaries above (a page in both is the dictionaries')."""
        self.changes: list[int] = []
        """Page numbers whose entry in `readable` / `writable` changed, in order (a log a fast path follows to keep
        copies of those dictionaries, such as the native engine's page tables, up to date)."""

    def _page(self, number: int) -> bytearray:
        page = self.pages.get(number)
        if page is None:
            page = self.pages[number] = bytearray(PAGE_SIZE)
        return page

    def set_access(self, address: int, length: int, access: Access) -> None:
        """Give every page overlapping [address, address + length) the right `access` (bytes; pages are whole)."""
        if length <= 0:
            return
        first = address >> PAGE_SHIFT
        last = (address + length - 1) >> PAGE_SHIFT
        pages = ADDRESS_SPACE >> PAGE_SHIFT
        if last < pages and first >= _FIRST_USABLE_PAGE:
            self._unmap_lazily(first, last)
            if access is Access.WRITE and last - first >= LAZY_PAGES:
                for number in [n for n in self.access if first <= n <= last]:   # pages already touched
                    self._set_page(number, access)
                bisect.insort(self.lazy, (first, last))
                return
        else:
            for low, high in [(first, min(last, pages - 1)), (0, last - pages)]:
                if low <= high:
                    self._unmap_lazily(low, high)
        for number in range(first, last + 1):
            self._set_page(number & (pages - 1), access)

    def _unmap_lazily(self, first: int, last: int) -> None:
        """Take pages first..last out of the lazy ranges, touching (materialising) none of them."""
        kept: list[tuple[int, int]] = []
        for low, high in self.lazy:
            if high < first or low > last:
                kept.append((low, high))
                continue
            if low < first:
                kept.append((low, first - 1))
            if high > last:
                kept.append((last + 1, high))
        self.lazy = kept

    def _lazy_range(self, number: int) -> bool:
        """Whether page `number` lies in a lazy range."""
        k = bisect.bisect_right(self.lazy, (number, ADDRESS_SPACE)) - 1
        return k >= 0 and self.lazy[k][0] <= number <= self.lazy[k][1]

    def _touch(self, number: int) -> bool:
        """Bring page `number` of a lazy range into the dictionaries (writable, zero unless a loader wrote it);
        False when it is in no lazy range or already there."""
        if number in self.access or not self._lazy_range(number):
            return False
        self._set_page(number, Access.WRITE)
        return True

    def _mapped(self, number: int) -> bool:
        """Whether page `number` has any access right (in the dictionaries or a lazy range)."""
        return number in self.access or self._lazy_range(number)

    def _set_page(self, number: int, access: Access) -> None:
        """Give page `number` the right `access` in the dictionaries."""
        self.readable.pop(number, None)
        self.writable.pop(number, None)
        self.changes.append(number)
        if access is Access.NONE:
            self.access.pop(number, None)
            return
        self.access[number] = access
        if number >= _FIRST_USABLE_PAGE:
            page = self._page(number)
            self.readable[number] = page
            if access is Access.WRITE:
                self.writable[number] = page

    def access_of(self, address: int) -> Access:
        """The access right of the page holding `address`."""
        number = (address % ADDRESS_SPACE) >> PAGE_SHIFT
        return self.access.get(number, Access.WRITE if self._lazy_range(number) else Access.NONE)

    def write_bytes(self, address: int, data: bytes) -> None:
        """Loader/host write of `data` at `address` (wrapping mod 2^32), ignoring access rights."""
        for i, byte in enumerate(data):
            a = (address + i) % ADDRESS_SPACE
            self._page(a >> PAGE_SHIFT)[a & (PAGE_SIZE - 1)] = byte

    def peek(self, address: int, n: int) -> bytes:
        """`n` bytes at `address` (wrapping), ignoring access rights; unmapped bytes read as zero."""
        out = bytearray(n)
        for i in range(n):
            a = (address + i) % ADDRESS_SPACE
            page = self.pages.get(a >> PAGE_SHIFT)
            if page is not None:
                out[i] = page[a & (PAGE_SIZE - 1)]
        return bytes(out)

    def _page_numbers(self, address: int, n: int) -> list[int]:
        """Page numbers overlapping [address, address + n) taken mod 2^32 (in access order)."""
        numbers: list[int] = []
        a, left = address % ADDRESS_SPACE, n
        while left > 0:
            numbers.append(a >> PAGE_SHIFT)
            step = min(left, PAGE_SIZE - (a & (PAGE_SIZE - 1)))
            a, left = (a + step) % ADDRESS_SPACE, left - step
        return numbers

    def is_readable(self, address: int, n: int) -> bool:
        """Whether every byte of [address, address + n) (wrapping mod 2^32) lies on a readable page."""
        return all(self._mapped(number) for number in self._page_numbers(address, n))

    def read_bytes(self, address: int, n: int) -> bytes | None:
        """Host-side read: the `n` bytes at `address` (wrapping) if all are on readable pages, else None.

        Used for the output of GP A.44 and by host calls; the 0x10000 rule is an instruction rule and does not
        apply here (those pages are never mapped in an SPI layout anyway).
        """
        return self.peek(address, n) if self.is_readable(address, n) else None

    # ------------------------------------------------------------------------------------ instruction accesses

    def _offending(self, address: int, size: int, write: bool) -> int | None:
        """min(x) of GP A.5 for an access of `size` bytes at `address`, or None if the access is allowed."""
        rights = self.writable if write else self.readable
        worst: int | None = None
        for i in range(size):
            a = (address + i) % ADDRESS_SPACE
            number = a >> PAGE_SHIFT
            if number not in rights and not (number >= _FIRST_USABLE_PAGE and self._touch(number)) \
                    and (worst is None or a < worst):
                worst = a
        return worst

    def check(self, address: int, size: int, write: bool) -> None:
        """Raise `MemoryFault` if an instruction may not access [address, address + size) (GP A.5)."""
        worst = self._offending(address, size, write)
        if worst is not None:
            raise MemoryFault(worst < RESERVED_BELOW, worst & ~(PAGE_SIZE - 1))

    def load(self, address: int, size: int) -> int:
        """Instruction load: the `size`-byte little-endian word at `address`. Raises `MemoryFault`."""
        offset = address & (PAGE_SIZE - 1)
        page = self.readable.get(address >> PAGE_SHIFT)
        if page is not None and offset + size <= PAGE_SIZE:
            return int.from_bytes(page[offset:offset + size], "little")
        self.check(address, size, write=False)
        return int.from_bytes(self.peek(address, size), "little")

    def store(self, address: int, size: int, value: int) -> None:
        """Instruction store of the low `size` bytes of `value` at `address`. Raises `MemoryFault`."""
        data = (value & ((1 << (8 * size)) - 1)).to_bytes(size, "little")
        offset = address & (PAGE_SIZE - 1)
        page = self.writable.get(address >> PAGE_SHIFT)
        if page is not None and offset + size <= PAGE_SIZE:
            page[offset:offset + size] = data
            return
        self.check(address, size, write=True)
        self.write_bytes(address, data)

    # ------------------------------------------------------------------------------------ sbrk

    def sbrk(self, heap_start: int, size: int) -> int:
        """GP A.5.9 sbrk: the least x ≥ h such that [x, x + size) is not all readable; make it writable.

        Our readings where the GP formula has no solution: size = 0 gives the least x ≥ h whose byte is not
        readable and changes nothing; if [x, x + size) would pass 2^32 the result is 0 and nothing changes.
        (anan-as 1.2.0 differs: it keeps a bump pointer from the end of the heap section.)
        """
        number = heap_start >> PAGE_SHIFT
        while number < (ADDRESS_SPACE >> PAGE_SHIFT) and self._mapped(number):
            k = bisect.bisect_right(self.lazy, (number, ADDRESS_SPACE)) - 1
            number = self.lazy[k][1] + 1 if k >= 0 and self.lazy[k][0] <= number <= self.lazy[k][1] else number + 1
        first_unreadable = max(heap_start, number << PAGE_SHIFT)
        x = max(heap_start, first_unreadable - size + 1) if size else first_unreadable
        if x + size > ADDRESS_SPACE:
            return 0
        if size:
            self.set_access(x, size, Access.WRITE)
        return x
