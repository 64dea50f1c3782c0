delete from transport.accidents
