VALUE = 99
def twice(x):
    return x * 2
if __name__ == "__main__":
    print("helper main")
